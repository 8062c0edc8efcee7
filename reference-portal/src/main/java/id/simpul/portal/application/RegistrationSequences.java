package id.simpul.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Creates the registration sequence of a regency's day, once, in a transaction of its own (schema
 * changes commit on their own in H2), and drops the sequences of days more than a week past. A day
 * that was counted by the earlier counter table continues after its last number.
 */
@ApplicationScoped
public class RegistrationSequences {

    private static final int KEEP_DAYS = 7;
    private static final Pattern REGENCY = Pattern.compile("\\d{4}");

    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    /** The sequence's name, e.g. {@code registration_6112_20261206}: digits only, nothing to quote. */
    static String name(String regency, LocalDate day) {
        if (!REGENCY.matcher(regency).matches()) {
            throw new IllegalArgumentException("a regency code without its dot, e.g. 6112: " + regency);
        }
        return "registration_" + regency + "_" + day.format(RegistrationCounter.DAY);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String regency, LocalDate day) {
        List<?> counted = em.createNativeQuery(
                "select last_value from registration_counter where regency = ?1 and filing_day = ?2")
                .setParameter(1, regency).setParameter(2, day.toString()).getResultList();
        long start = counted.isEmpty() ? 1 : ((Number) counted.get(0)).longValue() + 1;
        em.createNativeQuery("create sequence if not exists " + name(regency, day) + " start with " + start)
                .executeUpdate();
        dropOlderThan(regency, day.minusDays(KEEP_DAYS));
    }

    private void dropOlderThan(String regency, LocalDate limit) {
        String prefix = "registration_" + regency + "_";
        List<?> names = em.createNativeQuery("select sequence_name from information_schema.sequences "
                + "where lower(sequence_name) like ?1").setParameter(1, prefix + "%").getResultList();
        for (Object n : names) {
            String name = n.toString().toLowerCase(Locale.ROOT);
            try {
                LocalDate day = LocalDate.parse(name.substring(prefix.length()), RegistrationCounter.DAY);
                if (day.isBefore(limit)) {
                    em.createNativeQuery("drop sequence if exists " + name).executeUpdate();
                }
            } catch (DateTimeParseException | StringIndexOutOfBoundsException notOurs) {
                // a sequence of another shape: leave it alone
            }
        }
    }
}
