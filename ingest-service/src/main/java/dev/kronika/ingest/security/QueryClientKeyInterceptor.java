package dev.kronika.ingest.security;

import dev.kronika.common.auth.GrpcAccessCheck;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Presents ingest-service's own key (kronika.auth.client-key) on its calls to query-service, which
 * requires a write key for IndexArticle when its authentication is on. Other services (extract) never see it.
 */
@GlobalInterceptor
@ApplicationScoped
public class QueryClientKeyInterceptor implements ClientInterceptor {

    static final String QUERY_SERVICE_PREFIX = "kronika.query.";

    private final Optional<String> key;

    @Inject
    public QueryClientKeyInterceptor(AuthConfig config) {
        this.key = config.clientKey().map(String::strip).filter(k -> !k.isEmpty());
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        ClientCall<Q, R> call = next.newCall(method, options);
        String service = method.getServiceName();
        if (key.isEmpty() || service == null || !service.startsWith(QUERY_SERVICE_PREFIX)) {
            return call;
        }
        return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                headers.put(GrpcAccessCheck.AUTHORIZATION, "Bearer " + key.get());
                super.start(listener, headers);
            }
        };
    }
}
