package dev.kronika.ingest.health;

import dev.kronika.ingest.client.DownstreamClients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when extract-service and query-service answer their gRPC health checks (the database has its own check). */
@Readiness
@ApplicationScoped
public class DownstreamReadinessCheck implements HealthCheck {

    @Inject
    DownstreamClients downstream;

    @Override
    public HealthCheckResponse call() {
        boolean extract = downstream.extractServing();
        boolean query = downstream.queryServing();
        return HealthCheckResponse.named("downstream-services").status(extract && query)
                .withData("extract-service", extract ? "SERVING" : "UNAVAILABLE")
                .withData("query-service", query ? "SERVING" : "UNAVAILABLE")
                .build();
    }
}
