package id.simpul.sdk.spi.population;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry's answer to a {@link VerificationRequest}: whether a record exists for the NIK and,
 * if so, a {@link FieldVerdict} for every field asked about. Holds no personal values.
 */
public final class VerificationResult {

    private final boolean recordFound;
    private final int threshold;
    private final Map<PersonField, FieldVerdict> verdicts;

    private VerificationResult(boolean recordFound, int threshold, Map<PersonField, FieldVerdict> verdicts) {
        this.recordFound = recordFound;
        this.threshold = threshold;
        this.verdicts = verdicts;
    }

    /** No record for the NIK (Dukcapil: "Data Tidak Ditemukan"). */
    public static VerificationResult notFound(int threshold) {
        return new VerificationResult(false, threshold, Map.of());
    }

    /**
     * @throws IllegalArgumentException when the list is empty or names a field twice
     */
    public static VerificationResult found(int threshold, List<FieldVerdict> verdicts) {
        Objects.requireNonNull(verdicts, "verdicts");
        if (verdicts.isEmpty()) {
            throw new IllegalArgumentException("a found record has at least one verdict");
        }
        Map<PersonField, FieldVerdict> map = new EnumMap<>(PersonField.class);
        for (FieldVerdict v : verdicts) {
            if (map.put(v.field(), v) != null) {
                throw new IllegalArgumentException("field " + v.field() + " has two verdicts");
            }
        }
        return new VerificationResult(true, threshold, Collections.unmodifiableMap(map));
    }

    public boolean recordFound() {
        return recordFound;
    }

    public int threshold() {
        return threshold;
    }

    /** Verdicts in {@link PersonField} order; empty when no record was found. */
    public Map<PersonField, FieldVerdict> verdicts() {
        return verdicts;
    }

    public Optional<FieldVerdict> verdict(PersonField field) {
        return Optional.ofNullable(verdicts.get(field));
    }

    /** A record was found and every verified field matches. */
    public boolean allMatch() {
        return recordFound && verdicts.values().stream().allMatch(FieldVerdict::matches);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VerificationResult r && recordFound == r.recordFound && threshold == r.threshold
                && verdicts.equals(r.verdicts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(recordFound, threshold, verdicts);
    }

    @Override
    public String toString() {
        return "VerificationResult[recordFound=" + recordFound + ", threshold=" + threshold + ", verdicts="
                + verdicts.values() + "]";
    }
}
