package id.simpul.sdk.authority;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days an instrument applies (masa berlaku): from its effective date (tanggal berlaku) up to
 * and including its end date (tanggal berakhir), or without end.
 *
 * <p>A validity whose end lies before its start can be built, because instruments are written by
 * people and a configuration must be able to say which one is wrong; such a validity covers no
 * day, and {@link AuthorityConfiguration} reports it as {@link ProblemKind#DATES_OUT_OF_ORDER}.
 */
public final class Validity {

    private final LocalDate from;
    private final LocalDate until;

    private Validity(LocalDate from, LocalDate until) {
        this.from = Objects.requireNonNull(from, "from");
        this.until = until;
    }

    /** In force from the date on, without end. */
    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    /** In force from {@code from} up to and including {@code until}; {@code until} may be null (no end). */
    public static Validity between(LocalDate from, LocalDate until) {
        return new Validity(from, until);
    }

    /** The first day the instrument applies. */
    public LocalDate effectiveFrom() {
        return from;
    }

    /** The last day the instrument applies; empty when it has no end. */
    public Optional<LocalDate> effectiveUntil() {
        return Optional.ofNullable(until);
    }

    /** Whether the end, if any, is on or after the start. */
    public boolean isOrdered() {
        return until == null || !until.isBefore(from);
    }

    /** Whether the date lies within the validity. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (until == null || !date.isAfter(until));
    }

    /** Whether the date lies before the start. */
    public boolean startsAfter(LocalDate date) {
        return date.isBefore(from);
    }

    /** Whether the date lies after the end. */
    public boolean endedBefore(LocalDate date) {
        return until != null && date.isAfter(until);
    }

    /** Whether at least one day lies within both validities. */
    public boolean overlaps(Validity other) {
        return isOrdered() && other.isOrdered()
                && (until == null || !other.from.isAfter(until))
                && (other.until == null || !from.isAfter(other.until));
    }

    /** This validity cut short: it ends the day before {@code firstDayNotInForce}, if that is earlier. */
    public Validity endingBefore(LocalDate firstDayNotInForce) {
        LocalDate last = firstDayNotInForce.minusDays(1);
        return until != null && !until.isAfter(last) ? this : new Validity(from, last);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validity v && from.equals(v.from) && Objects.equals(until, v.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, until);
    }

    @Override
    public String toString() {
        return from + ".." + (until == null ? "" : until);
    }
}
