package dev.kronika.ingest.service;

import dev.kronika.ingest.config.IngestConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Background threads that drain the article queue. Each claims one article at a time, so the
 * number of workers bounds the load put on extract-service and query-service.
 */
@ApplicationScoped
public class PipelineWorkers {

    private static final Logger LOG = Logger.getLogger(PipelineWorkers.class);

    @Inject
    ArticleProcessor processor;
    @Inject
    WorkSignal signal;
    @Inject
    IngestConfig config;

    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    void start(@Observes StartupEvent startup) {
        running = true;
        for (int i = 0; i < config.workers(); i++) {
            Thread thread = new Thread(this::run, "kronika-ingest-worker-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        LOG.infof("%d ingest workers started", config.workers());
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private void run() {
        while (running) {
            try {
                if (!processor.processNext()) {
                    signal.await(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database is unreachable or similar: nothing was claimed, try again shortly.
                LOG.warnf("ingest worker: %s", e.toString());
                try {
                    signal.await(config.pollInterval().multipliedBy(4));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
