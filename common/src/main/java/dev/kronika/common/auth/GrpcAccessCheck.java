package dev.kronika.common.auth;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;

/**
 * API keys on a gRPC API, from the metadata entry {@code authorization: Bearer <key>} (or
 * {@code x-api-key}); the role comes from {@link Role#forGrpcMethod}. The gRPC health service
 * stays open for probes. A service registers it through a thin CDI interceptor bean.
 */
public final class GrpcAccessCheck implements ServerInterceptor {

    public static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    public static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
    private static final String OPEN_SERVICE = "grpc.health.v1.Health";

    private final AccessPolicy policy;

    public GrpcAccessCheck(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        if (!policy.enabled() || OPEN_SERVICE.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Role needed = Role.forGrpcMethod(call.getMethodDescriptor().getFullMethodName());
        Status refusal = switch (policy.decide(headers.get(AUTHORIZATION), headers.get(API_KEY), needed)) {
            case ALLOWED -> null;
            case UNAUTHENTICATED -> Status.UNAUTHENTICATED.withDescription("an API key is required: metadata authorization: Bearer <key>");
            case FORBIDDEN -> Status.PERMISSION_DENIED.withDescription("this API key lacks the " + needed.label() + " role");
        };
        if (refusal == null) {
            return next.startCall(call, headers);
        }
        call.close(refusal, new Metadata());
        return new ServerCall.Listener<>() {
        };
    }
}
