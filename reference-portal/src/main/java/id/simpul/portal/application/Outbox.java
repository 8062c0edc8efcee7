package id.simpul.portal.application;

import id.simpul.portal.infrastructure.persistence.OutboxEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes messages that must leave the node into the outbox table, inside the transaction of the
 * change they report: both are stored or neither is. Each message has a deduplication key
 * ({@code topic:aggregate:event}) that receivers use to drop repeats, since delivery is at least once.
 */
@ApplicationScoped
public class Outbox {

    /** Topic: a request was filed and must have its applicant verified by the population registry. */
    public static final String POPULATION_VERIFY = "population.verify";
    /** Topic: a request changed status (OSS status pushes and federation partners listen). */
    public static final String STATUS_CHANGED = "request.status-changed";
    /** Every topic this node writes: the dispatcher polls them and the outbox metrics watch them. */
    public static final java.util.List<String> TOPICS = java.util.List.of(POPULATION_VERIFY, STATUS_CHANGED,
            id.simpul.portal.application.federation.FederationTopics.FORWARD,
            id.simpul.portal.application.federation.FederationTopics.STATUS);


    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String aggregateId, String eventId, String payloadJson, long now) {
        OutboxEntity m = new OutboxEntity();
        m.topic = topic;
        m.aggregateId = aggregateId;
        m.dedupKey = topic + ":" + aggregateId + ":" + eventId;
        m.payload = payloadJson;
        m.createdAt = now;
        m.attempts = 0;
        m.nextAttemptAt = now;
        em.persist(m);
    }

    /** Messages not delivered yet. */
    @Transactional
    public long depth() {
        return em.createQuery("select count(m) from OutboxEntity m where m.deliveredAt is null", Long.class)
                .getSingleResult();
    }
}
