package id.simpul.sdk.spi.population;

import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.KkNumber;
import id.simpul.sdk.identity.Nik;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to verify about a person (verifikasi berbasis elemen data): the NIK that identifies the
 * record, the elements to compare with it and the similarity threshold for fuzzy fields.
 *
 * <p>Personal data: {@link #toString()} names the fields given, never their values.
 */
public final class VerificationRequest {

    /** The threshold used when none is given, as in common Dukcapil integrations. */
    public static final int DEFAULT_THRESHOLD = 80;

    private final Nik nik;
    private final Map<PersonField, Object> elements;
    private final int threshold;

    private VerificationRequest(Builder b) {
        this.nik = Objects.requireNonNull(b.nik, "nik");
        if (b.elements.isEmpty()) {
            throw new IllegalArgumentException("give at least one element to verify besides the NIK");
        }
        if (b.threshold < 1 || b.threshold > 100) {
            throw new IllegalArgumentException("the threshold is 1 to 100");
        }
        this.elements = Collections.unmodifiableMap(new EnumMap<>(b.elements));
        this.threshold = b.threshold;
    }

    public static Builder builder(Nik nik) {
        return new Builder(nik);
    }

    public Nik nik() {
        return nik;
    }

    /** The fields to verify, in {@link PersonField} order. */
    public java.util.Set<PersonField> fields() {
        return elements.keySet();
    }

    public int threshold() {
        return threshold;
    }

    public Optional<KkNumber> kkNumber() {
        return Optional.ofNullable((KkNumber) elements.get(PersonField.KK_NUMBER));
    }

    public Optional<String> fullName() {
        return Optional.ofNullable((String) elements.get(PersonField.FULL_NAME));
    }

    public Optional<String> birthPlace() {
        return Optional.ofNullable((String) elements.get(PersonField.BIRTH_PLACE));
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable((LocalDate) elements.get(PersonField.BIRTH_DATE));
    }

    public Optional<Gender> gender() {
        return Optional.ofNullable((Gender) elements.get(PersonField.GENDER));
    }

    public Optional<String> motherName() {
        return Optional.ofNullable((String) elements.get(PersonField.MOTHER_NAME));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationRequest r && nik.equals(r.nik) && elements.equals(r.elements)
                && threshold == r.threshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(nik, elements, threshold);
    }

    @Override
    public String toString() {
        return "VerificationRequest[nik=" + nik.masked() + ", fields=" + elements.keySet() + ", threshold="
                + threshold + "]";
    }

    /** Builds a request; every text element is trimmed and must not be blank. */
    public static final class Builder {
        private final Nik nik;
        private final Map<PersonField, Object> elements = new EnumMap<>(PersonField.class);
        private int threshold = DEFAULT_THRESHOLD;

        private Builder(Nik nik) {
            this.nik = Objects.requireNonNull(nik, "nik");
        }

        public Builder kkNumber(KkNumber kk) {
            elements.put(PersonField.KK_NUMBER, Objects.requireNonNull(kk, "kk"));
            return this;
        }

        public Builder fullName(String name) {
            return text(PersonField.FULL_NAME, name);
        }

        public Builder birthPlace(String place) {
            return text(PersonField.BIRTH_PLACE, place);
        }

        public Builder birthDate(LocalDate date) {
            elements.put(PersonField.BIRTH_DATE, Objects.requireNonNull(date, "date"));
            return this;
        }

        public Builder gender(Gender gender) {
            elements.put(PersonField.GENDER, Objects.requireNonNull(gender, "gender"));
            return this;
        }

        public Builder motherName(String name) {
            return text(PersonField.MOTHER_NAME, name);
        }

        /** Similarity threshold 1–100 for fuzzy fields; default {@value #DEFAULT_THRESHOLD}. */
        public Builder threshold(int threshold) {
            this.threshold = threshold;
            return this;
        }

        public VerificationRequest build() {
            return new VerificationRequest(this);
        }

        private Builder text(PersonField field, String value) {
            Objects.requireNonNull(value, field.name());
            String trimmed = value.strip().replaceAll("\\s+", " ");
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException(field + " must not be blank");
            }
            elements.put(field, trimmed);
            return this;
        }
    }
}
