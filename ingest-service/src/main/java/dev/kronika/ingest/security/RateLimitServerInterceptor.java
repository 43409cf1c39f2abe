package dev.kronika.ingest.security;

import dev.kronika.common.auth.GrpcAccessCheck;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

/**
 * Rate limits on the gRPC API: one token per call (a StreamSubmitArticles stream counts once; its
 * size is bounded by the HTTP/2 flow control and the database). RESOURCE_EXHAUSTED when exceeded;
 * the health service is not limited.
 */
@GlobalInterceptor
@ApplicationScoped
public class RateLimitServerInterceptor implements ServerInterceptor {

    @Inject
    RateLimiter limiter;
    @Inject
    Authenticator authenticator;

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (!limiter.enabled() || "grpc.health.v1.Health".equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        String client = authenticator.clientName(headers.get(GrpcAccessCheck.AUTHORIZATION), headers.get(GrpcAccessCheck.API_KEY))
                .map(name -> "key:" + name)
                .orElseGet(() -> "address:" + address(call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR)));
        if (limiter.tryAcquire(client)) {
            return next.startCall(call, headers);
        }
        call.close(Status.RESOURCE_EXHAUSTED.withDescription("too many requests from this client; retry later"), new Metadata());
        return new ServerCall.Listener<>() {
        };
    }

    private static String address(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }
}
