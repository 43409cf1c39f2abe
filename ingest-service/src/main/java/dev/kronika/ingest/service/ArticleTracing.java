package dev.kronika.ingest.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One trace per article: processing happens later, on a worker, so the submitting request's trace
 * context is stored with the article (as a W3C {@code traceparent}) and each processing attempt
 * starts a span under it; the gRPC calls to extract-service and query-service inside that span
 * carry the trace on. With tracing off, nothing is stored and the spans are no-ops.
 */
@ApplicationScoped
public class ArticleTracing {

    private static final String TRACEPARENT = "traceparent";
    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private final Tracer tracer;

    @Inject
    public ArticleTracing(Tracer tracer) {
        this.tracer = tracer;
    }

    /** The W3C traceparent of the current span, or null when there is no sampled trace. */
    public String currentTraceParent() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Starts the span of one processing attempt, a child of the submission's trace when one was stored. */
    public Span startProcessing(UUID articleId, String traceParent, int attempt) {
        Context parent = traceParent == null ? Context.root()
                : W3CTraceContextPropagator.getInstance().extract(Context.root(), Map.of(TRACEPARENT, traceParent), MAP_GETTER);
        return tracer.spanBuilder("kronika.ingest.process-article")
                .setParent(parent)
                .setSpanKind(SpanKind.INTERNAL)
                .setAttribute("kronika.article.id", articleId.toString())
                .setAttribute("kronika.article.attempt", attempt)
                .startSpan();
    }
}
