package id.simpul.sdk.identity;

import id.simpul.sdk.SimpulClientException;
import java.util.List;

/**
 * A text is not a valid NIK. The message names the first error precisely (which character, how
 * many digits, which part) and never repeats the number; {@link #problems()} lists them all.
 */
public final class InvalidNikException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final List<NikProblem> problems;

    InvalidNikException(NikValidation validation) {
        super("nik.invalid", validation.message(validation.errors().get(0)));
        this.problems = validation.errors();
    }

    /** Every error found, in the order of {@link NikProblem}. */
    public List<NikProblem> problems() {
        return problems;
    }
}
