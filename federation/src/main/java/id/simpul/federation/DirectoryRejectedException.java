package id.simpul.federation;

import id.simpul.federation.internal.Bundle;
import id.simpul.sdk.SimpulClientException;
import java.util.Objects;

/**
 * A directory document was refused: expired, not yet valid, tampered, signed by the wrong key,
 * older than the trusted one or malformed. {@link #problem()} says which.
 */
public final class DirectoryRejectedException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final DirectoryProblem problem;

    public DirectoryRejectedException(DirectoryProblem problem, Throwable cause, Object... args) {
        super("federation.directory." + problem.code(),
                Bundle.message("directory." + problem.code(), args), cause);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    public DirectoryProblem problem() {
        return problem;
    }
}
