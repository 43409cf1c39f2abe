package dev.kronika.query.security;

import dev.kronika.common.auth.Role;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Set;

/**
 * API keys on the gRPC API, from the metadata entry {@code authorization: Bearer <key>} (or {@code x-api-key}).
 * Indexing and knowledge-base changes need role write, queries role read; the gRPC health service stays open.
 */
@GlobalInterceptor
@ApplicationScoped
public class ApiKeyServerInterceptor implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    static final Metadata.Key<String> API_KEY = Metadata.Key.of("x-api-key", Metadata.ASCII_STRING_MARSHALLER);
    private static final Set<String> WRITE_METHODS = Set.of(
            "kronika.query.v1.QueryService/IndexArticle",
            "kronika.query.v1.KnowledgeBaseService/CreateKnowledgeBaseEntity",
            "kronika.query.v1.KnowledgeBaseService/DeleteKnowledgeBaseEntity");
    private static final String OPEN_SERVICE = "grpc.health.v1.Health";

    @Inject
    Authenticator authenticator;

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String method = call.getMethodDescriptor().getFullMethodName();
        if (!authenticator.enabled() || OPEN_SERVICE.equals(call.getMethodDescriptor().getServiceName())) {
            return next.startCall(call, headers);
        }
        Role needed = WRITE_METHODS.contains(method) ? Role.WRITE : Role.READ;
        Status refusal = switch (authenticator.decide(headers.get(AUTHORIZATION), headers.get(API_KEY), needed)) {
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
