package id.simpul.portal.infrastructure.health;

import id.simpul.portal.application.Outbox;
import id.simpul.portal.infrastructure.outbox.OutboxStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The outbox as MicroProfile metrics: {@code outbox_pending} (all topics), and per topic
 * {@code outbox_depth{topic}} (messages not delivered yet), {@code outbox_oldest_age_seconds{topic}}
 * (age of the oldest of them, 0 when none waits) and {@code outbox_blocked{topic}} (pending messages
 * whose last attempt failed for a reason that repeating alone will not fix — an operator must look).
 * Gauges exist for the topics the portal writes ({@link Outbox#TOPICS}) and those found pending at start.
 * One grouped query serves a whole scrape: its answer is reused for {@value #SNAPSHOT_MILLIS} ms.
 */
@ApplicationScoped
public class OutboxMetrics {

    static final long SNAPSHOT_MILLIS = 1000;

    @Inject
    Outbox outbox;
    @Inject
    OutboxStore store;
    @Inject
    MetricRegistry metrics;

    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile Map<String, OutboxStore.Backlog> snapshot = Map.of();
    private volatile long snapshotAt;

    @PostConstruct
    void registerKnownTopics() {
        for (String topic : Outbox.TOPICS) {
            register(topic);
        }
        // topics some earlier version wrote; registered here, not while a scrape reads the registry
        store.backlog().forEach(b -> register(b.topic()));
    }

    @Gauge(name = "outbox_pending", absolute = true, unit = MetricUnits.NONE,
            description = "Outbox messages not delivered yet")
    public long pending() {
        return outbox.depth();
    }

    private void register(String topic) {
        if (!registered.add(topic)) {
            return;
        }
        gauge("outbox_depth", MetricUnits.NONE, "Outbox messages of this topic not delivered yet", topic,
                OutboxStore.Backlog::pending);
        gauge("outbox_oldest_age", MetricUnits.SECONDS, "Age of the oldest undelivered message of this topic",
                topic, b -> Math.max(0, (System.currentTimeMillis() - b.oldestCreatedAt()) / 1000));
        gauge("outbox_blocked", MetricUnits.NONE,
                "Undelivered messages of this topic whose last attempt failed permanently", topic,
                OutboxStore.Backlog::blocked);
    }

    private void gauge(String name, String unit, String description, String topic,
                       ToLongFunction<OutboxStore.Backlog> value) {
        metrics.gauge(Metadata.builder().withName(name).withUnit(unit).withDescription(description).build(), this,
                m -> {
                    OutboxStore.Backlog b = m.backlog().get(topic);
                    return b == null ? 0L : value.applyAsLong(b);
                }, new Tag("topic", topic));
    }

    /** The backlog per topic, at most {@value #SNAPSHOT_MILLIS} ms old. */
    Map<String, OutboxStore.Backlog> backlog() {
        long now = System.currentTimeMillis();
        if (now - snapshotAt >= SNAPSHOT_MILLIS) {
            synchronized (this) {
                if (now - snapshotAt >= SNAPSHOT_MILLIS) {
                    snapshot = store.backlog().stream()
                            .collect(Collectors.toUnmodifiableMap(OutboxStore.Backlog::topic, b -> b));
                    snapshotAt = now;
                }
            }
        }
        return snapshot;
    }
}
