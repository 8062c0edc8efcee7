package id.simpul.sdk.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * Every problem found in an application at once, so a citizen corrects the whole form in one go.
 * Problems come in form order, then unknown fields, then documents.
 */
public final class ValidationResult {

    private static final ValidationResult VALID = new ValidationResult(List.of());

    private final List<FieldProblem> problems;

    private ValidationResult(List<FieldProblem> problems) {
        this.problems = List.copyOf(problems);
    }

    public static ValidationResult of(List<FieldProblem> problems) {
        return problems.isEmpty() ? VALID : new ValidationResult(problems);
    }

    public static ValidationResult valid() {
        return VALID;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** The problems of one field or document. */
    public List<FieldProblem> problemsFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).toList();
    }

    /** Whether the given field has the given problem. */
    public boolean has(String field, ProblemCode problem) {
        return problems.stream().anyMatch(p -> p.field().equals(field) && p.problem() == problem);
    }

    /**
     * Returns normally when valid.
     *
     * @throws InvalidFormException carrying every problem
     */
    public void orThrow() {
        if (!isValid()) {
            throw new InvalidFormException(problems);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValidationResult r && problems.equals(r.problems);
    }

    @Override
    public int hashCode() {
        return Objects.hash(problems);
    }

    @Override
    public String toString() {
        return isValid() ? "ValidationResult[valid]" : "ValidationResult" + problems;
    }
}
