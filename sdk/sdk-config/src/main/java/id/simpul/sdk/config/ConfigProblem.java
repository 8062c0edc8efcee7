package id.simpul.sdk.config;

import id.simpul.sdk.LocalizedMessage;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One mistake found in a configuration folder: where it is (file, line, column, field), what is
 * wrong and how to fix it, both translatable. Configuration files hold no personal data, so the
 * values they contain may be quoted back.
 *
 * @param file    path of the file relative to the configuration folder, with forward slashes
 * @param line    1-based line, 0 when the problem concerns the file as a whole
 * @param column  1-based column, 0 when unknown
 * @param field   the field in the file, e.g. {@code agencies[2].kind}; empty for the whole file
 * @param code    stable identifier of the kind of mistake, e.g. {@code schema.required}
 * @param message what is wrong
 * @param fix     what to do about it
 * @param severity an error makes the configuration unusable; a warning does not
 */
public record ConfigProblem(String file, int line, int column, String field, String code,
                            LocalizedMessage message, LocalizedMessage fix, Severity severity) {

    /** How serious a problem is. */
    public enum Severity {
        /** The configuration cannot be used until it is fixed. */
        ERROR,
        /** The configuration works, but probably not as its author meant. */
        WARNING
    }

    /** Report order: by file, then line, then column, then field. */
    public static final Comparator<ConfigProblem> REPORT_ORDER = Comparator.comparing(ConfigProblem::file)
            .thenComparingInt(ConfigProblem::line).thenComparingInt(ConfigProblem::column)
            .thenComparing(ConfigProblem::field).thenComparing(ConfigProblem::code);

    public ConfigProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(severity, "severity");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must not be negative");
        }
    }

    /** An error. */
    public ConfigProblem(String file, int line, int column, String field, String code, LocalizedMessage message,
                         LocalizedMessage fix) {
        this(file, line, column, field, code, message, fix, Severity.ERROR);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column}, as editors and build tools print it. */
    public String location() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }

    /** The problem as one readable block: location and field, what is wrong, how to fix it. */
    public String describe(Locale locale) {
        String fixLabel = ConfigMessages.of("report.fix").format(locale);
        String warning = isError() ? "" : "  [" + ConfigMessages.of("report.warning").format(locale) + "]";
        return location() + (field.isEmpty() ? "" : "  " + field) + warning + System.lineSeparator()
                + "  " + ConfigMessages.render(message, locale) + System.lineSeparator()
                + "  " + fixLabel + ": " + ConfigMessages.render(fix, locale);
    }

    @Override
    public String toString() {
        return "ConfigProblem[" + location() + " " + field + " " + code + "]";
    }
}
