package id.simpul.sdk.catalogue;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a citizen pays for a service (biaya/tarif): nothing, a fixed amount (e.g. the SKCK's PNBP of
 * Rp30.000), or an amount set case by case by a regulation (e.g. a building retribution per Perda),
 * in which case the note must say which regulation.
 */
public final class Fee {

    /** How the amount is set. */
    public enum Kind {
        /** Gratis. */
        FREE,
        /** A fixed amount. */
        FIXED,
        /** Computed per request under the regulation named in the note. */
        VARIABLE
    }

    private static final Fee FREE = new Fee(Kind.FREE, Rupiah.ZERO, null);

    private final Kind kind;
    private final Rupiah amount;
    private final LocalizedText note;

    private Fee(Kind kind, Rupiah amount, LocalizedText note) {
        this.kind = kind;
        this.amount = amount;
        this.note = note;
    }

    public static Fee free() {
        return FREE;
    }

    /** A fixed, positive amount. */
    public static Fee fixed(Rupiah amount) {
        return fixed(amount, null);
    }

    /** A fixed, positive amount with a note, e.g. the regulation that sets it. */
    public static Fee fixed(Rupiah amount, LocalizedText note) {
        Objects.requireNonNull(amount, "amount");
        if (amount.amount() <= 0) {
            throw new InvalidCatalogueException("fee.fixed.amount", amount.format());
        }
        return new Fee(Kind.FIXED, amount, note);
    }

    /** An amount set per request; the basis names the regulation, e.g. a Perda on retribution. */
    public static Fee variable(LocalizedText basis) {
        return new Fee(Kind.VARIABLE, null, Objects.requireNonNull(basis, "basis"));
    }

    public Kind kind() {
        return kind;
    }

    /** The amount; empty for a variable fee. */
    public Optional<Rupiah> amount() {
        return Optional.ofNullable(amount);
    }

    public Optional<LocalizedText> note() {
        return Optional.ofNullable(note);
    }

    /** How a citizen reads it, e.g. {@code Gratis (Rp0)} or {@code Rp30.000}. */
    public String describe(Locale locale) {
        boolean en = locale != null && "en".equals(locale.getLanguage());
        String main = switch (kind) {
            case FREE -> (en ? "Free" : "Gratis") + " (Rp0)";
            case FIXED -> amount.format();
            case VARIABLE -> note.in(locale);
        };
        return kind == Kind.FIXED && note != null ? main + " (" + note.in(locale) + ")" : main;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fee f && kind == f.kind && Objects.equals(amount, f.amount) && Objects.equals(note, f.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, amount, note);
    }

    @Override
    public String toString() {
        return "Fee[" + describe(Locale.ENGLISH) + "]";
    }
}
