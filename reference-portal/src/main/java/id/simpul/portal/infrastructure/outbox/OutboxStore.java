package id.simpul.portal.infrastructure.outbox;

import id.simpul.portal.infrastructure.persistence.OutboxEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The dispatcher's short transactions on the outbox table. */
@ApplicationScoped
public class OutboxStore {

    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    /** A message due for delivery, detached from the database. */
    public record Due(long id, String topic, String dedupKey, String payload, int attempts) {
    }

    /**
     * What waits in the outbox for one topic.
     *
     * @param pending         messages not delivered yet
     * @param oldestCreatedAt creation time (epoch ms) of the oldest of them
     * @param blocked         those whose last attempt failed for a reason that repeating will not fix
     */
    public record Backlog(String topic, long pending, long oldestCreatedAt, long blocked) {
    }

    /** The backlog of every topic that has undelivered messages. */
    @Transactional
    public List<Backlog> backlog() {
        Map<String, Long> blocked = new HashMap<>();
        em.createQuery("select m.topic, count(m) from OutboxEntity m where m.deliveredAt is null"
                        + " and m.lastError like :permanent group by m.topic", Object[].class)
                .setParameter("permanent", OutboxDispatcher.PERMANENT_PREFIX + "%").getResultList()
                .forEach(r -> blocked.put((String) r[0], ((Number) r[1]).longValue()));
        return em.createQuery("select m.topic, count(m), min(m.createdAt) from OutboxEntity m"
                        + " where m.deliveredAt is null group by m.topic", Object[].class).getResultList().stream()
                .map(r -> new Backlog((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        blocked.getOrDefault((String) r[0], 0L)))
                .toList();
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
