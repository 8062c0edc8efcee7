package id.simpul.sdk.authority;

import id.simpul.sdk.LocalizedMessage;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One mistake in an authority configuration: what kind, how serious, which item and field, where
 * it was read from (when the loader said so), a message in Bahasa Indonesia or English saying how
 * to fix it, and "did you mean" suggestions for unknown names.
 */
public final class ConfigurationProblem {

    private final ProblemKind kind;
    private final Severity severity;
    private final SubjectKind subjectKind;
    private final String subjectId;
    private final String field;
    private final SourceLocation source;
    private final LocalizedMessage message;
    private final List<String> suggestions;

    ConfigurationProblem(ProblemKind kind, Severity severity, SubjectKind subjectKind, String subjectId, String field,
            SourceLocation source, LocalizedMessage message, List<String> suggestions) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.subjectKind = Objects.requireNonNull(subjectKind, "subjectKind");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.field = Objects.requireNonNull(field, "field");
        this.source = source;
        this.message = Objects.requireNonNull(message, "message");
        this.suggestions = List.copyOf(suggestions);
    }

    public ProblemKind kind() {
        return kind;
    }

    /** The machine code, e.g. {@code authority.config.unknown-service}. */
    public String code() {
        return kind.code();
    }

    public Severity severity() {
        return severity;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The kind of item the problem is about. */
    public SubjectKind subjectKind() {
        return subjectKind;
    }

    /** The identifier of the item the problem is about. */
    public String subjectId() {
        return subjectId;
    }

    /**
     * The field of the item, as a path a loader can map to a line: {@code services[2]},
     * {@code kecamatan[0]}, {@code validity.until}, {@code parties[1].region}; empty for the whole item.
     */
    public String field() {
        return field;
    }

    /** Where the item was read from, when the loader gave it. */
    public Optional<SourceLocation> source() {
        return Optional.ofNullable(source);
    }

    /** Candidates for an unknown name, closest first; empty when there are none or nothing is unknown. */
    public List<String> suggestions() {
        return suggestions;
    }

    /** The translatable message, for callers that render it themselves. */
    public LocalizedMessage localizedMessage() {
        return message;
    }

    /** The message in a language: what is wrong, how to fix it, and the suggestions if any. */
    public String message(Locale locale) {
        String text = Texts.render(message, locale);
        if (suggestions.isEmpty()) {
            return text;
        }
        return text + " " + LocalizedMessage.of(InvalidAuthorityException.BUNDLE, "config.did-you-mean",
                String.join(", ", suggestions)).format(locale);
    }

    /**
     * One line for a report: {@code file:line: ERROR delegation kkr-pbg (services[0]): message}.
     */
    public String render(Locale locale) {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(": ");
        }
        sb.append(severity).append(' ').append(subjectKind.configName()).append(' ').append(subjectId);
        if (!field.isEmpty()) {
            sb.append(" (").append(field).append(')');
        }
        return sb.append(": ").append(message(locale)).append(" [").append(kind.code()).append(']').toString();
    }

    /** A copy pointing at another source location (for loaders that know a field's own line). */
    public ConfigurationProblem at(SourceLocation location) {
        return new ConfigurationProblem(kind, severity, subjectKind, subjectId, field, location, message, suggestions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConfigurationProblem p && kind == p.kind && severity == p.severity
                && subjectKind == p.subjectKind && subjectId.equals(p.subjectId) && field.equals(p.field)
                && Objects.equals(source, p.source) && message.equals(p.message) && suggestions.equals(p.suggestions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, severity, subjectKind, subjectId, field, source, message, suggestions);
    }

    @Override
    public String toString() {
        return severity + " " + kind.code() + " " + subjectKind.configName() + " " + subjectId
                + (field.isEmpty() ? "" : " " + field);
    }
}
