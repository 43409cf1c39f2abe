package dev.kronika.ingest.health;

import dev.kronika.ingest.domain.ArticleState;
import dev.kronika.ingest.repository.ArticleRecordRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Articles per processing state as gauges, so a dashboard sees the queue grow or drain. */
@ApplicationScoped
public class QueueDepthMetrics {

    @Inject
    ArticleRecordRepository articles;
    @Inject
    MeterRegistry registry;

    void register(@Observes StartupEvent startup) {
        for (ArticleState state : ArticleState.values()) {
            Gauge.builder("kronika.ingest.articles", () -> count(state))
                    .tag("state", state.name())
                    .description("Articles in each processing state")
                    .register(registry);
        }
    }

    private double count(ArticleState state) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> articles.count("state", state));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
