package dev.kronika.ingest.service;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.api.trace.TracerProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleTracingTest {

    @Test
    void processingJoinsTheTraceOfTheRequestThatSubmittedTheArticle() {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        try (SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
            ArticleTracing tracing = new ArticleTracing(provider.get("test"));
            Span request = provider.get("test").spanBuilder("POST /v1/articles").startSpan();
            String traceParent;
            try (Scope scope = request.makeCurrent()) {
                traceParent = tracing.currentTraceParent();
            } finally {
                request.end();
            }
            assertTrue(traceParent.startsWith("00-" + request.getSpanContext().getTraceId() + "-"), traceParent);

            UUID article = UUID.randomUUID();
            tracing.startProcessing(article, traceParent, 1).end();
            tracing.startProcessing(article, traceParent, 2).end();

            List<SpanData> spans = exporter.getFinishedSpanItems();
            assertEquals(3, spans.size());
            for (SpanData processing : spans.subList(1, 3)) {
                assertEquals(request.getSpanContext().getTraceId(), processing.getTraceId());
                assertEquals(request.getSpanContext().getSpanId(), processing.getParentSpanId());
                assertEquals(article.toString(), processing.getAttributes().asMap().entrySet().stream()
                        .filter(e -> e.getKey().getKey().equals("kronika.article.id")).findFirst().orElseThrow().getValue());
            }
        }
    }

    @Test
    void withoutATraceNothingIsStoredAndProcessingStartsItsOwnTrace() {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        try (SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build()) {
            ArticleTracing tracing = new ArticleTracing(provider.get("test"));
            assertNull(tracing.currentTraceParent());
            tracing.startProcessing(UUID.randomUUID(), null, 1).end();
            assertEquals(1, exporter.getFinishedSpanItems().size());
            assertFalse(exporter.getFinishedSpanItems().get(0).getParentSpanContext().isValid());
        }
    }

    @Test
    void tracingOffMeansNoOps() {
        ArticleTracing tracing = new ArticleTracing(TracerProvider.noop().get("test"));
        assertNull(tracing.currentTraceParent());
        assertFalse(tracing.startProcessing(UUID.randomUUID(), null, 1).getSpanContext().isValid());
    }
}
