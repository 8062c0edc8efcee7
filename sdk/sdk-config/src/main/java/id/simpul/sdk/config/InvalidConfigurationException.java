package id.simpul.sdk.config;

import id.simpul.sdk.SimpulClientException;
import java.util.List;

/**
 * A configuration folder has mistakes; {@link #problems()} lists every one of them with its file,
 * line, field and fix. The message gives the count and the first problem.
 */
public final class InvalidConfigurationException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    InvalidConfigurationException(String origin, List<ConfigProblem> problems) {
        super("config.invalid", ConfigMessages.of("exception.invalid", origin, problems.size(),
                problems.isEmpty() ? "" : problems.get(0).location() + " " + problems.get(0).field()));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
