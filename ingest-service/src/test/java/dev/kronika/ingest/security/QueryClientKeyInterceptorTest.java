package dev.kronika.ingest.security;

import dev.kronika.common.auth.GrpcAccessCheck;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class QueryClientKeyInterceptorTest {

    @Test
    void sendsTheKeyToQueryServiceOnly() {
        QueryClientKeyInterceptor interceptor = new QueryClientKeyInterceptor(config(Optional.of("ingest-key")));
        assertEquals("Bearer ingest-key", sentAuthorization(interceptor, "kronika.query.v1.QueryService/IndexArticle"));
        assertNull(sentAuthorization(interceptor, "kronika.extract.v1.ExtractService/Extract"));
    }

    @Test
    void sendsNothingWithoutAKey() {
        assertNull(sentAuthorization(new QueryClientKeyInterceptor(config(Optional.empty())), "kronika.query.v1.QueryService/IndexArticle"));
    }

    private static String sentAuthorization(QueryClientKeyInterceptor interceptor, String fullMethodName) {
        AtomicReference<Metadata> sent = new AtomicReference<>();
        Channel recorder = new Channel() {
            @Override
            public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
                return new NoopCall<>() {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        sent.set(headers);
                    }
                };
            }

            @Override
            public String authority() {
                return "test";
            }
        };
        MethodDescriptor.Marshaller<Void> none = new MethodDescriptor.Marshaller<>() {
            @Override
            public InputStream stream(Void value) {
                return new ByteArrayInputStream(new byte[0]);
            }

            @Override
            public Void parse(InputStream stream) {
                return null;
            }
        };
        MethodDescriptor<Void, Void> method = MethodDescriptor.<Void, Void>newBuilder().setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(fullMethodName).setRequestMarshaller(none).setResponseMarshaller(none).build();
        interceptor.interceptCall(method, CallOptions.DEFAULT, recorder).start(new ClientCall.Listener<>() {
        }, new Metadata());
        return sent.get().get(GrpcAccessCheck.AUTHORIZATION);
    }

    private static AuthConfig config(Optional<String> clientKey) {
        return new AuthConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Optional<String> keys() {
                return Optional.empty();
            }

            @Override
            public Optional<String> clientKey() {
                return clientKey;
            }
        };
    }

    private abstract static class NoopCall<Q, R> extends ClientCall<Q, R> {
        @Override
        public void request(int numMessages) {
        }

        @Override
        public void cancel(String message, Throwable cause) {
        }

        @Override
        public void halfClose() {
        }

        @Override
        public void sendMessage(Q message) {
        }
    }
}
