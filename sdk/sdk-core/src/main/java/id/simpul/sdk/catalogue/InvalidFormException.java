package id.simpul.sdk.catalogue;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import java.util.List;

/**
 * An application's form or documents break the service standard. {@link #problems()} lists every
 * problem per field, for an API's field-level error details.
 */
public final class InvalidFormException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    InvalidFormException(List<FieldProblem> problems) {
        super("form.invalid", LocalizedMessage.of(InvalidCatalogueException.BUNDLE, "form.invalid", problems.size(),
                String.join(", ", problems.stream().map(p -> p.field()).distinct().toList())));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
