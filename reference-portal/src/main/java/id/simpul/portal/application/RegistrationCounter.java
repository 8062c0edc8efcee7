package id.simpul.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out the day's registration sequence numbers (nomor registrasi) from one database sequence
 * per regency and day, read inside the submission's own transaction: no row is locked and no second
 * commit is needed. Sequences never hand out a value twice, also after a crash; a submission that
 * fails afterwards leaves a gap, which is harmless: numbers must be unique, not dense (and the
 * unique constraint on the number backs that up).
 */
@ApplicationScoped
public class RegistrationCounter {

    static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @PersistenceContext(unitName = "simpul")
    EntityManager em;
    @Inject
    RegistrationSequences sequences;

    private final Set<String> ready = ConcurrentHashMap.newKeySet();

    /** The next number of the day, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String regency, LocalDate day) {
        String name = RegistrationSequences.name(regency, day);
        if (!ready.contains(name)) {
            sequences.create(regency, day);
            ready.add(name);
        }
        return ((Number) em.createNativeQuery("select nextval('" + name + "')").getSingleResult()).intValue();
    }
}
