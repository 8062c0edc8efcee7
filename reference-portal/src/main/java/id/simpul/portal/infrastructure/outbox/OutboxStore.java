package id.simpul.portal.infrastructure.outbox;

import id.simpul.portal.infrastructure.persistence.OutboxEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/** The dispatcher's short transactions on the outbox table. */
@ApplicationScoped
public class OutboxStore {

    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    /** A message due for delivery, detached from the database. */
    public record Due(long id, String topic, String dedupKey, String payload, int attempts) {
    }

    @Transactional
    public List<Due> due(long now, Collection<String> topics, int limit) {
        if (topics.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from OutboxEntity m where m.deliveredAt is null and m.nextAttemptAt <= :now"
                        + " and m.topic in :topics order by m.nextAttemptAt, m.id", OutboxEntity.class)
                .setParameter("now", now).setParameter("topics", topics).setMaxResults(limit).getResultList()
                .stream().map(m -> new Due(m.id, m.topic, m.dedupKey, m.payload, m.attempts)).toList();
    }

    @Transactional
    public void delivered(long id, long now) {
        OutboxEntity m = em.find(OutboxEntity.class, id);
        if (m != null && m.deliveredAt == null) {
            m.deliveredAt = now;
            m.attempts++;
            m.lastError = null;
        }
    }

    @Transactional
    public void failed(long id, long nextAttemptAt, String error) {
        OutboxEntity m = em.find(OutboxEntity.class, id);
        if (m != null && m.deliveredAt == null) {
            m.attempts++;
            m.nextAttemptAt = nextAttemptAt;
            m.lastError = error.length() > 500 ? error.substring(0, 500) : error;
        }
    }
}
