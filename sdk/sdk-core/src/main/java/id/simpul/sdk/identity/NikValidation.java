package id.simpul.sdk.identity;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.identity.internal.NumberCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a NIK: every problem found as a stable code, a sentence for each in
 * Bahasa Indonesia or English, and the {@link Nik} itself when there is no error. Warnings
 * (an unknown kecamatan) do not make a NIK invalid. Neither the messages nor {@link #toString()}
 * ever show the number.
 */
public final class NikValidation {

    static final String BUNDLE = "id.simpul.sdk.identity.messages";
    private static final NikProblem[] PROBLEMS = NikProblem.values();

    private final int findings;
    private final int detail;
    private final Nik nik;

    NikValidation(NumberCheck check) {
        this.findings = check.findings();
        this.detail = check.detail();
        this.nik = check.isValid() ? new Nik(check.digits(), check.date()) : null;
    }

    /** Whether the NIK has no error (it may have warnings). */
    public boolean isValid() {
        return nik != null;
    }

    /** The errors, in the order of {@link NikProblem}; empty when valid. */
    public List<NikProblem> errors() {
        return select(false);
    }

    /** The warnings, e.g. {@link NikProblem#REGION_UNKNOWN}. */
    public List<NikProblem> warnings() {
        return select(true);
    }

    public boolean has(NikProblem problem) {
        return (findings & problem.finding().bit()) != 0;
    }

    /** The NIK, when valid. */
    public Optional<Nik> nik() {
        return Optional.ofNullable(nik);
    }

    /** The NIK, or an {@link InvalidNikException} that names the first error. */
    public Nik orElseThrow() {
        if (nik == null) {
            throw new InvalidNikException(this);
        }
        return nik;
    }

    /**
     * The sentence for a problem found here, e.g. which character is not a digit.
     *
     * @throws IllegalArgumentException when this validation did not find that problem
     */
    public LocalizedMessage message(NikProblem problem) {
        if (!has(problem)) {
            throw new IllegalArgumentException("this validation did not find " + problem);
        }
        return problem == NikProblem.NOT_A_DIGIT || problem == NikProblem.WRONG_LENGTH
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

    private List<NikProblem> select(boolean warnings) {
        if ((findings & (warnings ? ~NumberCheck.ERRORS : NumberCheck.ERRORS)) == 0) {
            return List.of();
        }
        List<NikProblem> selected = new ArrayList<>(2);
        for (NikProblem p : PROBLEMS) {
            if (has(p) && p.isWarning() == warnings) {
                selected.add(p);
            }
        }
        return List.copyOf(selected);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NikValidation v && findings == v.findings && detail == v.detail
                && Objects.equals(nik, v.nik);
    }

    @Override
    public int hashCode() {
        return Objects.hash(findings, detail, nik);
    }

    @Override
    public String toString() {
        return "NikValidation[" + (isValid() ? "valid" : "errors=" + errors()) + ", warnings=" + warnings() + "]";
    }
}
