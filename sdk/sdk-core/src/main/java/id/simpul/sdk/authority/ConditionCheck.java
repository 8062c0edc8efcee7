package id.simpul.sdk.authority;

import java.util.Objects;

/**
 * The result of checking one {@link Condition} against a request: met or not, and the value that
 * was found, so a refusal can say "luas_bangunan is 100.01, the delegation requires ≤ 100".
 *
 * @param condition the condition checked
 * @param outcome   what was found
 * @param actual    the request's value as entered (trimmed), empty when missing
 */
public record ConditionCheck(Condition condition, Outcome outcome, String actual) {

    /** What checking a condition found. */
    public enum Outcome {
        /** The value meets the condition. */
        MET,
        /** The value does not meet the condition. */
        NOT_MET,
        /** The request has no value for the attribute. */
        MISSING,
        /** The value cannot be read as the condition's type, or there are several. */
        UNREADABLE
    }

    public ConditionCheck {
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(outcome, "outcome");
        actual = actual == null ? "" : actual;
    }

    public boolean isMet() {
        return outcome == Outcome.MET;
    }
}
