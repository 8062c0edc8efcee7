package id.simpul.portal.infrastructure.federation;

import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.portal.application.federation.FederationTopics;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.persistence.OutboxEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The state of federation delivery per partner node, from the outbox: messages not delivered yet,
 * the age of the oldest, the most attempts, the last error. Read by the readiness data, the admin
 * API and the {@code federation_outbox_*} gauges (one per partner of the directory, tag {@code partner}).
 */
@ApplicationScoped
public class FederationMonitor {

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "simpul")
    EntityManager em;
    @Inject
    NodeSettings node;
    @Inject
    FederationNode federation;
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    private final java.util.Set<String> registered = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * Delivery state toward one partner.
     *
     * @param partner           region code of the partner node
     * @param pending           messages not delivered yet
     * @param oldestAgeSeconds  age of the oldest of them, 0 when none
     * @param maxAttempts       most attempts made on one of them
     * @param lastError         the last failure recorded on one of them, or null
     */
    public record PartnerState(String partner, long pending, long oldestAgeSeconds, int maxAttempts, String lastError) {
    }

    /** Every partner of the directory (and any other with pending messages), by code. */
    @Transactional
    public List<PartnerState> partners() {
        long now = System.currentTimeMillis();
        Map<String, long[]> stats = new TreeMap<>();
        Map<String, String> errors = new TreeMap<>();
        for (String p : knownPartners()) {
            stats.put(p, new long[3]);
        }
        List<OutboxEntity> pending = em.createQuery("select m from OutboxEntity m where m.deliveredAt is null"
                        + " and m.topic in :topics order by m.createdAt", OutboxEntity.class)
                .setParameter("topics", List.of(FederationTopics.FORWARD, FederationTopics.STATUS)).getResultList();
        for (OutboxEntity m : pending) {
            String partner = partnerOf(m.payload);
            long[] s = stats.computeIfAbsent(partner, k -> new long[3]);
            s[0]++;
            s[1] = Math.max(s[1], (now - m.createdAt) / 1000);
            s[2] = Math.max(s[2], m.attempts);
            if (m.lastError != null) {
                errors.put(partner, m.lastError);
            }
        }
        return stats.entrySet().stream().map(e -> new PartnerState(e.getKey(), e.getValue()[0], e.getValue()[1],
                (int) e.getValue()[2], errors.get(e.getKey()))).toList();
    }

    /** Registers the per-partner gauges for the partners of the directory trusted now (once each). */
    public void registerGauges() {
        for (String partner : knownPartners()) {
            if (!registered.add(partner)) {
                continue;
            }
            Tag tag = new Tag("partner", partner);
            metrics.gauge(Metadata.builder().withName("federation_outbox_pending")
                    .withDescription("Federation messages to the partner node not delivered yet")
                    .withUnit(MetricUnits.NONE).build(), this, m -> m.stateOf(partner).pending(), tag);
            metrics.gauge(Metadata.builder().withName("federation_outbox_oldest_age_seconds")
                    .withDescription("Age of the oldest federation message to the partner node not delivered yet")
                    .withUnit(MetricUnits.SECONDS).build(), this, m -> m.stateOf(partner).oldestAgeSeconds(), tag);
        }
    }

    private PartnerState stateOf(String partner) {
        return partners().stream().filter(p -> p.partner().equals(partner)).findFirst()
                .orElse(new PartnerState(partner, 0, 0, 0, null));
    }

    private java.util.Set<String> knownPartners() {
        java.util.Set<String> out = new TreeSet<>();
        federation.directoryIfUsable().map(Directory::nodes).orElse(List.of()).stream().map(DirectoryNode::code)
                .filter(c -> !c.equals(node.regency())).forEach(c -> out.add(c.value()));
        return out;
    }

    private static String partnerOf(String payload) {
        try {
            JsonObject o = JSON.createReader(new StringReader(payload)).readObject();
            return o.getString("toRegency", "?");
        } catch (RuntimeException e) {
            return "?";
        }
    }
}
