package dev.kronika.extract.health;

import dev.kronika.extract.service.ExtractionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the extraction core with its models and lexicons is loaded. */
@Readiness
@ApplicationScoped
public class EngineReadinessCheck implements HealthCheck {

    @Inject
    ExtractionService service;

    @Override
    public HealthCheckResponse call() {
        return service.readinessProblem()
                .map(problem -> HealthCheckResponse.named("extraction-engine").down().withData("problem", problem).build())
                .orElseGet(() -> HealthCheckResponse.named("extraction-engine").up().build());
    }
}
