package id.simpul.sdk.identity;

import id.simpul.sdk.SimpulClientException;
import java.util.List;

/**
 * A text is not a valid KK number. The message names the first error precisely (which character,
 * how many digits, which part) and never repeats the number; {@link #problems()} lists them all.
 */
public final class InvalidKkNumberException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final List<KkProblem> problems;

    InvalidKkNumberException(KkValidation validation) {
        super("kk.invalid", validation.message(validation.errors().get(0)));
        this.problems = validation.errors();
    }

    /** Every error found, in the order of {@link KkProblem}. */
    public List<KkProblem> problems() {
        return problems;
    }
}
