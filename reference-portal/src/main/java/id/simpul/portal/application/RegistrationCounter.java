package id.simpul.portal.application;

import id.simpul.portal.infrastructure.persistence.RegistrationCounterEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Hands out the day's registration sequence numbers in a short transaction of its own, so the
 * counter row is locked for one update, not for the whole submission. A submission that fails
 * afterwards leaves a gap in the day's numbers, which is harmless: numbers must be unique, not dense.
 */
@ApplicationScoped
public class RegistrationCounter {

    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int next(String regency, String day) {
        RegistrationCounterEntity c = em.find(RegistrationCounterEntity.class,
                new RegistrationCounterEntity.Key(regency, day), LockModeType.PESSIMISTIC_WRITE);
        if (c == null) {
            c = new RegistrationCounterEntity();
            c.regency = regency;
            c.filingDay = day;
            c.lastValue = 1;
            em.persist(c);
            em.flush();
            return 1;
        }
        c.lastValue++;
        return c.lastValue;
    }
}
