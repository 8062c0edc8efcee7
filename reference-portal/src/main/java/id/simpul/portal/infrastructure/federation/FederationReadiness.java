package id.simpul.portal.infrastructure.federation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Federation state in the readiness data: whether this node can federate now (directory trusted) and,
 * per partner, the outbox depth and the age of the oldest message. Always UP: a federation problem
 * must not take the rest of the portal out of service; it is shown here and in the log.
 */
@Readiness
@ApplicationScoped
public class FederationReadiness implements HealthCheck {

    @Inject
    FederationNode federation;
    @Inject
    FederationMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("federation").up();
        if (federation.identity() == null) {
            return b.withData("state", "starting").build();
        }
        b.withData("node", federation.identity().code().value());
        var problem = federation.problem();
        b.withData("state", problem.isPresent() ? (federation.configured() ? "REFUSED" : "OFF") : "ON");
        problem.ifPresent(p -> b.withData("problem", p.length() > 300 ? p.substring(0, 300) : p));
        federation.lastRefreshProblem().filter(p -> problem.isEmpty())
                .ifPresent(p -> b.withData("lastRefreshProblem", p.length() > 300 ? p.substring(0, 300) : p));
        federation.directoryIfUsable().ifPresent(d -> b.withData("directorySequence", d.sequence())
                .withData("directoryExpiresAt", d.expiresAt().toString()));
        try {
            for (FederationMonitor.PartnerState p : monitor.partners()) {
                b.withData("outbox." + p.partner() + ".pending", p.pending());
                b.withData("outbox." + p.partner() + ".oldestAgeSeconds", p.oldestAgeSeconds());
                if (p.lastError() != null) {
                    b.withData("outbox." + p.partner() + ".lastError", p.lastError());
                }
            }
        } catch (RuntimeException e) {
            b.withData("outbox", "unavailable: " + e.getClass().getSimpleName());
        }
        return b.build();
    }
}
