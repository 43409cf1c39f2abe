package dev.kronika.extract.service;

import dev.kronika.extract.config.ExtractConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link KnowledgeBaseRefresher#refresh()} on one daemon thread every
 * {@code kronika.extract.kb.refresh-interval}, the first time right after start. A plain executor:
 * one periodic task needs no scheduler extension, and a slow tick never overlaps the next.
 */
@ApplicationScoped
public class KnowledgeBasePolling {

    private static final Logger LOG = Logger.getLogger(KnowledgeBasePolling.class);

    @Inject
    ExtractConfig config;

    private ScheduledExecutorService executor;

    @Produces
    @Singleton
    KnowledgeBaseRefresher refresher(KnowledgeBaseChanges source, KnowledgeBaseLayers layers, CurrentEngine engine) {
        return new KnowledgeBaseRefresher(source, layers, engine);
    }

    void start(@Observes StartupEvent event, KnowledgeBaseRefresher refresher, MeterRegistry registry) {
        Gauge.builder("kronika.extract.kb.revision", refresher, KnowledgeBaseRefresher::revision)
                .description("The knowledge-base revision of query-service the extraction runs with").register(registry);
        Gauge.builder("kronika.extract.kb.user.entities", refresher, KnowledgeBaseRefresher::userEntityCount)
                .description("Entities users added to the knowledge base, in the extraction's copy").register(registry);
        Duration interval = config.kb().refreshInterval();
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("knowledge-base refresh from query-service is off (kronika.extract.kb.refresh-interval=0)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "kb-refresh");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(refresher::refresh, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
