package id.simpul.sdk.catalogue;

import id.simpul.sdk.LocalizedMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an application: which field or document, the machine code, and a message in
 * Bahasa Indonesia or English saying how to fix it. Messages never repeat what was entered.
 *
 * @param field   the form attribute code or document code
 * @param problem what is wrong
 * @param message the translatable message
 */
public record FieldProblem(String field, ProblemCode problem, LocalizedMessage message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
    }

    /** The machine code, e.g. {@code form.missing-required}. */
    public String code() {
        return problem.code();
    }

    /** The message in the given language; labels and names given as {@link LocalizedText} follow it. */
    public String message(Locale locale) {
        Object[] args = message.args().stream()
                .map(a -> a instanceof LocalizedText t ? t.in(locale) : a)
                .toArray();
        return LocalizedMessage.of(message.bundle(), message.key(), args).format(locale);
    }

    @Override
    public String toString() {
        return field + ": " + problem.code();
    }
}
