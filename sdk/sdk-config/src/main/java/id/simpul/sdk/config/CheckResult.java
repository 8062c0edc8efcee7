package id.simpul.sdk.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking a configuration found: every problem (all of them, not the first only) in report
 * order, and the configuration when none of them is an error (warnings do not stop it).
 *
 * @param origin        where the files came from
 * @param files         how many files were read
 * @param configuration the configuration, present exactly when there is no error
 * @param problems      the problems, sorted by file, line and column
 */
public record CheckResult(String origin, int files, Optional<RegencyConfiguration> configuration,
                          List<ConfigProblem> problems) {

    public CheckResult {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(configuration, "configuration");
        problems = problems.stream().sorted(ConfigProblem.REPORT_ORDER).toList();
        if (configuration.isPresent() == problems.stream().anyMatch(ConfigProblem::isError)) {
            throw new IllegalArgumentException("a configuration is given exactly when there is no error");
        }
    }

    /** Whether the configuration can be used: no error (there may be warnings). */
    public boolean isClean() {
        return configuration.isPresent();
    }

    public List<ConfigProblem> errors() {
        return problems.stream().filter(ConfigProblem::isError).toList();
    }

    public List<ConfigProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * The configuration.
     *
     * @throws InvalidConfigurationException listing every problem when there is one
     */
    public RegencyConfiguration orThrow() {
        return configuration.orElseThrow(() -> new InvalidConfigurationException(origin, errors()));
    }

    /** The whole report as text in the given language: a summary line, then one block per problem. */
    public String report(Locale locale) {
        StringBuilder out = new StringBuilder();
        if (isClean()) {
            out.append(ConfigMessages.of("report.clean", origin, files, warnings().size()).format(locale));
        } else {
            out.append(ConfigMessages.of("report.problems", origin, errors().size(), files, warnings().size())
                    .format(locale));
        }
        for (ConfigProblem p : problems) {
            out.append(System.lineSeparator()).append(System.lineSeparator()).append(p.describe(locale));
        }
        return out.append(System.lineSeparator()).toString();
    }
}
