package id.simpul.sdk.authority;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Everything {@link AuthorityConfiguration} found wrong with a configuration, all at once, in a
 * stable order (by item kind, item id, field, problem kind).
 *
 * @param problems the problems, errors and warnings together
 */
public record ConfigurationReport(List<ConfigurationProblem> problems) {

    public ConfigurationReport {
        problems = List.copyOf(problems);
    }

    public List<ConfigurationProblem> errors() {
        return problems.stream().filter(ConfigurationProblem::isError).toList();
    }

    public List<ConfigurationProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(ConfigurationProblem::isError);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** Every problem on its own line, in a language. */
    public String render(Locale locale) {
        return problems.stream().map(p -> p.render(locale)).collect(Collectors.joining(System.lineSeparator()));
    }
}
