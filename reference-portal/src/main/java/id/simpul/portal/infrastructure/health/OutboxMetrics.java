package id.simpul.portal.infrastructure.health;

import id.simpul.portal.application.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/** The outbox depth as a MicroProfile metric: messages written but not delivered yet. */
@ApplicationScoped
public class OutboxMetrics {

    @Inject
    Outbox outbox;

    @Gauge(name = "outbox_pending", absolute = true, unit = MetricUnits.NONE,
            description = "Outbox messages not delivered yet")
    public long pending() {
        return outbox.depth();
    }
}
