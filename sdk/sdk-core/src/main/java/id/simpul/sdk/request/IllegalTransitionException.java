package id.simpul.sdk.request;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An action was asked of a request in a status that does not allow it. The message names the
 * status, the action and the actions that are allowed, so the caller can offer the right ones.
 */
public final class IllegalTransitionException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final RequestStatus status;
    private final RequestAction action;

    IllegalTransitionException(RequestStatus status, RequestAction action) {
        super("request.transition.illegal", LocalizedMessage.of(InvalidRequestException.BUNDLE,
                status.isFinal() ? "request.transition.final" : "request.transition.illegal",
                action.name(), status.name(), names(status.allowedActions())));
        this.status = status;
        this.action = action;
    }

    private static String names(List<RequestAction> actions) {
        return actions.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    public RequestStatus status() {
        return status;
    }

    public RequestAction action() {
        return action;
    }

    public List<RequestAction> allowedActions() {
        return status.allowedActions();
    }
}
