package id.simpul.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Persists one row per call in its own transaction: the baseline the full submission is compared with. */
@ApplicationScoped
public class BenchRows {

    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    @Transactional
    public long insert(String label) {
        BenchRowEntity row = new BenchRowEntity();
        row.label = label;
        row.createdAt = System.currentTimeMillis();
        em.persist(row);
        em.flush();
        return row.id;
    }
}
