package id.simpul.portal.application;

import id.simpul.portal.domain.PortalProblem;
import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import java.util.List;

/** The input has problems; all of them are listed at once so the caller can fix them in one go. */
public final class InvalidInputException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("portal.invalid-input", LocalizedMessage.of(PortalProblem.BUNDLE, "input.invalid", errors.size()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
