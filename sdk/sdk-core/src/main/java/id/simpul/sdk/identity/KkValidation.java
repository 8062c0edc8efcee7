package id.simpul.sdk.identity;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.identity.internal.NumberCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a KK number (nomor Kartu Keluarga): every problem found as a stable
 * code, a sentence for each in Bahasa Indonesia or English, and the {@link KkNumber} itself when
 * there is no error. Warnings (an unknown kecamatan) do not make a number invalid. Neither the
 * messages nor {@link #toString()} ever show the number.
 */
public final class KkValidation {

    static final String BUNDLE = "id.simpul.sdk.identity.messages";
    private static final KkProblem[] PROBLEMS = KkProblem.values();

    private final int findings;
    private final int detail;
    private final KkNumber number;

    KkValidation(NumberCheck check) {
        this.findings = check.findings();
        this.detail = check.detail();
        this.number = check.isValid() ? new KkNumber(check.digits(), check.date()) : null;
    }

    /** Whether the number has no error (it may have warnings). */
    public boolean isValid() {
        return number != null;
    }

    /** The errors, in the order of {@link KkProblem}; empty when valid. */
    public List<KkProblem> errors() {
        return select(false);
    }

    /** The warnings, e.g. {@link KkProblem#REGION_UNKNOWN}. */
    public List<KkProblem> warnings() {
        return select(true);
    }

    public boolean has(KkProblem problem) {
        return (findings & problem.finding().bit()) != 0;
    }

    /** The KK number, when valid. */
    public Optional<KkNumber> number() {
        return Optional.ofNullable(number);
    }

    /** The KK number, or an {@link InvalidKkNumberException} that names the first error. */
    public KkNumber orElseThrow() {
        if (number == null) {
            throw new InvalidKkNumberException(this);
        }
        return number;
    }

    /**
     * The sentence for a problem found here, e.g. which character is not a digit.
     *
     * @throws IllegalArgumentException when this validation did not find that problem
     */
    public LocalizedMessage message(KkProblem problem) {
        if (!has(problem)) {
            throw new IllegalArgumentException("this validation did not find " + problem);
        }
        return problem == KkProblem.NOT_A_DIGIT || problem == KkProblem.WRONG_LENGTH
                ? LocalizedMessage.of(BUNDLE, problem.messageKey(), detail)
                : LocalizedMessage.of(BUNDLE, problem.messageKey());
    }

    /** The sentences for all errors, then all warnings. */
    public List<LocalizedMessage> messages() {
        List<LocalizedMessage> all = new ArrayList<>();
        errors().forEach(p -> all.add(message(p)));
        warnings().forEach(p -> all.add(message(p)));
        return List.copyOf(all);
    }

    private List<KkProblem> select(boolean warnings) {
        if ((findings & (warnings ? ~NumberCheck.ERRORS : NumberCheck.ERRORS)) == 0) {
            return List.of();
        }
        List<KkProblem> selected = new ArrayList<>(2);
        for (KkProblem p : PROBLEMS) {
            if (has(p) && p.isWarning() == warnings) {
                selected.add(p);
            }
        }
        return List.copyOf(selected);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KkValidation v && findings == v.findings && detail == v.detail
                && Objects.equals(number, v.number);
    }

    @Override
    public int hashCode() {
        return Objects.hash(findings, detail, number);
    }

    @Override
    public String toString() {
        return "KkValidation[" + (isValid() ? "valid" : "errors=" + errors()) + ", warnings=" + warnings() + "]";
    }
}
