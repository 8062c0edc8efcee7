package id.simpul.federation.http;

import id.simpul.federation.internal.Bundle;
import id.simpul.federation.internal.JsonFields;
import id.simpul.federation.message.MessageRejectedException;
import id.simpul.federation.message.Refusal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a refusal travels over HTTP: an RFC 9457 problem ({@code application/problem+json}) with the
 * status the API document gives each {@link Refusal}, a stable {@code type}, the refusal code, the
 * text in the caller's language and, when one could be made, the signed refusal receipt.
 */
public final class RefusalProblem {

    /** The media type of a problem document. */
    public static final String MEDIA_TYPE = "application/problem+json";
    /** The {@code type} prefix; the refusal code follows. */
    public static final String TYPE_PREFIX = "urn:simpul:federation:refusal:";

    private RefusalProblem() {
    }

    /** The HTTP status for a refusal, as in the API document. */
    public static int status(Refusal refusal) {
        return switch (refusal) {
            case MALFORMED, RECEIPT_MISMATCH -> 400;
            case UNKNOWN_SENDER, SENDER_NOT_TRUSTED, FORGED_SIGNATURE -> 401;
            case WRONG_RECEIVER, WRONG_PARTIES, NO_AGREEMENT, AGREEMENT_NOT_YET_IN_FORCE, AGREEMENT_EXPIRED,
                    AGREEMENT_TERMINATED, SERVICE_OUT_OF_SCOPE, FIELD_NOT_ALLOWED -> 403;
            case STALE, FUTURE, REPLAYED -> 409;
            case DIRECTORY_UNAVAILABLE -> 503;
        };
    }

    /** The problem document for a refusal, in the given language (Bahasa Indonesia when null). */
    public static String json(MessageRejectedException e, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", TYPE_PREFIX + e.refusal().code());
        m.put("title", Bundle.message("http.refused").format(locale));
        m.put("status", status(e.refusal()));
        m.put("detail", e.getMessage(locale));
        m.put("refusal", e.refusal().code());
        e.receipt().ifPresent(r -> m.put("receipt", r.compact()));
        return JsonFields.write(m);
    }
}
