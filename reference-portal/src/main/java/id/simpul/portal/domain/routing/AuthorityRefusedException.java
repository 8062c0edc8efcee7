package id.simpul.portal.domain.routing;

import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.authority.Refusal;
import java.util.Locale;
import java.util.Objects;

/**
 * No office may decide the request here and now, by the rules of the node's configuration. Carries
 * the engine's {@link Refusal}: the missing link, the legal reason and the chain established before it.
 */
public final class AuthorityRefusedException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public AuthorityRefusedException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").reason().code(), refusal.message());
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** The legal reason in a language (the engine's own text). */
    @Override
    public String getMessage(Locale locale) {
        return refusal.reasonText(locale);
    }
}
