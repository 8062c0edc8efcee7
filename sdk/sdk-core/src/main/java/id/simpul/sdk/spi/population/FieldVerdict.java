package id.simpul.sdk.spi.population;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The verdict for one verified field. Carries no value of the person, only the field, the verdict
 * and for fuzzy fields the similarity score 0–100.
 */
public record FieldVerdict(PersonField field, Verdict verdict, OptionalInt score) {

    public FieldVerdict {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(score, "score");
        if (score.isPresent() && (score.getAsInt() < 0 || score.getAsInt() > 100)) {
            throw new IllegalArgumentException("a similarity score is 0 to 100");
        }
    }

    public static FieldVerdict exact(PersonField field, Verdict verdict) {
        return new FieldVerdict(field, verdict, OptionalInt.empty());
    }

    public static FieldVerdict scored(PersonField field, Verdict verdict, int score) {
        return new FieldVerdict(field, verdict, OptionalInt.of(score));
    }

    public boolean matches() {
        return verdict == Verdict.MATCH;
    }
}
