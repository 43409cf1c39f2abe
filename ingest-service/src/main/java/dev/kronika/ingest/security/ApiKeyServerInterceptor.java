package dev.kronika.ingest.security;

import dev.kronika.common.auth.GrpcAccessCheck;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Registers the shared API-key check (see {@link GrpcAccessCheck}) on every gRPC service here. */
@GlobalInterceptor
@ApplicationScoped
public class ApiKeyServerInterceptor implements ServerInterceptor {

    @Inject
    Authenticator authenticator;

    private GrpcAccessCheck check;

    @PostConstruct
    void init() {
        check = new GrpcAccessCheck(authenticator);
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        return check.interceptCall(call, headers, next);
    }
}
