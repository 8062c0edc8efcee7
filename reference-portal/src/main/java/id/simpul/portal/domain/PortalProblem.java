package id.simpul.portal.domain;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;

/**
 * A request the portal refuses for a reason of its own (not a rule of the SDK), with a stable
 * {@link Kind} that the REST layer turns into an RFC 9457 problem type and HTTP status. Texts come
 * from the portal's bundle ({@code id.simpul.portal.messages}): Bahasa Indonesia first, English second.
 */
public final class PortalProblem extends SimpulClientException {

    private static final long serialVersionUID = 1L;
    public static final String BUNDLE = "id.simpul.portal.messages";

    /** The kinds of refusal, each with its HTTP status. */
    public enum Kind {
        MALFORMED_JSON(400),
        INVALID_INPUT(400),
        IDEMPOTENCY_KEY_MISSING(400),
        IDEMPOTENCY_KEY_REUSED(422),
        NOT_FOUND(404),
        AUTHORITY_REFUSED(422),
        UNAUTHENTICATED(401),
        FORBIDDEN(403),
        PAYLOAD_TOO_LARGE(413),
        UNSUPPORTED_MEDIA_TYPE(415),
        CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }

        /** The last segment of the problem type URI, e.g. {@code idempotency-key-reused}. */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Kind kind;

    public PortalProblem(Kind kind, String key, Object... args) {
        super("portal." + kind.slug(), LocalizedMessage.of(BUNDLE, key, args));
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
