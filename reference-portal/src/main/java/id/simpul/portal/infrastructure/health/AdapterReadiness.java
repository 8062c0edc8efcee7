package id.simpul.portal.infrastructure.health;

import id.simpul.adapters.support.AdapterHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports every external system's circuit as data ({@code dukcapil.circuit: OPEN}) and stays UP
 * whatever it says: a citizen's counter must stay in rotation while Dukcapil, OSS or Polri is down,
 * because the portal accepts requests and finishes the remote work later from the outbox. Taking the
 * node out of rotation would not bring the neighbour back; it would only turn citizens away.
 */
@Readiness
@ApplicationScoped
public class AdapterReadiness implements HealthCheck {

    @Inject
    AdapterCalls calls;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("adapters");
        for (AdapterConnection<?> c : calls.connections()) {
            Optional<AdapterHealth> health = c.health();
            String s = c.system();
            if (health.isEmpty()) {
                b.withData(s + ".circuit", c.enabled() ? "NONE" : "DISABLED");
                continue;
            }
            AdapterHealth h = health.get();
            b.withData(s + ".circuit", h.circuit().name())
                    .withData(s + ".failureRatePercent", Math.round(Math.max(h.failureRatePercent(), -1f)))
                    .withData(s + ".refusedCalls", h.refusedCalls());
            c.demoSimulatorUrl().ifPresent(u -> b.withData(s + ".demoSimulator", true));
        }
        return b.up().build();
    }
}
