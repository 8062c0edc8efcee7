package id.simpul.federation.http;

import id.simpul.federation.internal.Bundle;
import id.simpul.federation.internal.JsonFields;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.MessageRejectedException;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.federation.message.Verification;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The receiving side of the federation API, independent of the HTTP stack: the portal's JAX-RS
 * resource (or a plain JDK server) passes the path under {@value FederationPaths#PREFIX}, the body
 * and the caller's language, and writes the {@link Answer} back as it is.
 *
 * <p>A new message is verified, then handed to the {@link Handler}; a duplicate is answered with
 * its first receipt without calling the handler again; a refusal becomes an RFC 9457 problem with
 * the signed refusal receipt. If the handler fails, the message is forgotten again so the sender's
 * retry is applied; the portal runs {@link #handle} in one transaction with its store for the same
 * guarantee across crashes.
 */
public final class FederationEndpoint {

    /** The application side: what a node does with an accepted message. */
    public interface Handler {

        /** Applies a newly accepted forward, acknowledgement or status update; never called twice for one message. */
        void accept(Verification message);

        /**
         * The current status of the request a verified {@code STATUS_QUERY} names, as an unsigned
         * {@code STATUS_UPDATE} envelope from this node; empty when this node holds no such request.
         */
        Optional<Envelope> status(Verification query);

        /**
         * A message was refused, for the audit trail: {@code refusal.refusal()} says why and, when
         * the envelope was readable, {@code refusal.receipt()} names the sender and message id.
         * Never carries the payload. Does nothing unless implemented.
         */
        default void refused(MessageRejectedException refusal) {
        }
    }

    /**
     * What to write back.
     *
     * @param status      HTTP status
     * @param contentType media type of the body
     * @param body        a compact JWS or a problem document
     */
    public record Answer(int status, String contentType, String body) {
    }

    private final MessageVerifier verifier;
    private final Handler handler;

    private FederationEndpoint(MessageVerifier verifier, Handler handler) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    public static FederationEndpoint of(MessageVerifier verifier, Handler handler) {
        return new FederationEndpoint(verifier, handler);
    }

    /**
     * @param path   the path under the API prefix, e.g. {@code /requests}
     * @param body   the request body (a compact JWS)
     * @param locale the caller's language for problem texts; Bahasa Indonesia when null
     */
    public Answer handle(String path, String body, Locale locale) {
        Optional<MessageType> type = FederationPaths.typeAt(path);
        if (type.isEmpty()) {
            return problem(404, "urn:simpul:federation:not-found", Bundle.message("http.not-found", path).format(locale));
        }
        Verification v;
        try {
            v = verifier.verify(body, type.get());
        } catch (MessageRejectedException e) {
            handler.refused(e);
            return new Answer(RefusalProblem.status(e.refusal()), RefusalProblem.MEDIA_TYPE, RefusalProblem.json(e, locale));
        }
        if (type.get() == MessageType.STATUS_QUERY) {
            return handler.status(v)
                    .map(update -> new Answer(200, "application/jose", verifier.self().sign(update)))
                    .orElseGet(() -> problem(404, "urn:simpul:federation:unknown-request",
                            Bundle.message("http.unknown-request", v.envelope().caseRef().reference()).format(locale)));
        }
        if (!v.duplicate()) {
            try {
                handler.accept(v);
            } catch (RuntimeException e) {
                verifier.forget(v.envelope());
                throw e;
            }
        }
        return new Answer(200, "application/jose", v.receipt().compact());
    }

    private static Answer problem(int status, String type, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("title", detail);
        m.put("status", status);
        return new Answer(status, RefusalProblem.MEDIA_TYPE, JsonFields.write(m));
    }

    @Override
    public String toString() {
        return "FederationEndpoint[" + verifier + "]";
    }
}
