package id.simpul.sdk.config;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking a configuration found: the configuration when it is clean, and every problem
 * otherwise (all of them, not the first only), in report order.
 *
 * @param origin        where the files came from
 * @param files         how many files were read
 * @param configuration the configuration, present exactly when there is no problem
 * @param problems      the problems, sorted by file, line and column
 */
public record CheckResult(String origin, int files, Optional<RegencyConfiguration> configuration,
                          List<ConfigProblem> problems) {

    public CheckResult {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(configuration, "configuration");
        problems = problems.stream().sorted(ConfigProblem.REPORT_ORDER).toList();
        if (configuration.isPresent() != problems.isEmpty()) {
            throw new IllegalArgumentException("a configuration is given exactly when there is no problem");
        }
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /**
     * The configuration.
     *
     * @throws InvalidConfigurationException listing every problem when there is one
     */
    public RegencyConfiguration orThrow() {
        return configuration.orElseThrow(() -> new InvalidConfigurationException(origin, problems));
    }

    /** The whole report as text in the given language: a summary line, then one block per problem. */
    public String report(Locale locale) {
        StringBuilder out = new StringBuilder();
        if (isClean()) {
            out.append(ConfigMessages.of("report.clean", origin, files).format(locale));
        } else {
            out.append(ConfigMessages.of("report.problems", origin, problems.size(), files).format(locale));
            for (ConfigProblem p : problems) {
                out.append(System.lineSeparator()).append(System.lineSeparator()).append(p.describe(locale));
            }
        }
        return out.append(System.lineSeparator()).toString();
    }
}
