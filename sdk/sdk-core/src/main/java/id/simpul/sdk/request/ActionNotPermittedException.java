package id.simpul.sdk.request;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import java.util.stream.Collectors;

/** Someone tried an action their role does not allow, e.g. an officer cancelling for the applicant. */
public final class ActionNotPermittedException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    ActionNotPermittedException(RequestAction action, ActorRole role) {
        super("request.action.not-permitted", LocalizedMessage.of(InvalidRequestException.BUNDLE,
                "request.action.not-permitted", action.name(), role.name(),
                action.permittedRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "))));
    }
}
