package id.simpul.federation.http;

import com.nimbusds.jose.util.JSONObjectUtils;
import id.simpul.federation.FederationDataException;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.directory.DirectoryNode;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.MessageRejectedException;
import id.simpul.federation.message.MessageSigner;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.MessageVerifier;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.ReceiptVerifier;
import id.simpul.federation.message.Refusal;
import id.simpul.federation.message.Verification;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sends this node's messages to partner nodes over HTTP (JDK {@link HttpClient}) and checks what
 * comes back: a receipt signed by the partner for this very message, or its signed refusal.
 *
 * <p>One call is one attempt. The portal's outbox calls {@link #send} with the stored envelope
 * re-stamped ({@link Envelope#withSentAt}) on every attempt, until it holds a receipt or a refusal
 * that is not retryable; the partner deduplicates, so a retry after a lost answer is harmless.
 */
public final class FederationClient {

    private final MessageSigner signer;
    private final Supplier<Directory> directory;
    private final ReceiptVerifier receipts;
    private final HttpClient http;
    private final Duration timeout;

    private FederationClient(MessageSigner signer, Supplier<Directory> directory, HttpClient http, Duration timeout) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.receipts = ReceiptVerifier.of(directory);
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * @param timeout the longest wait for one answer; a slow partner counts as unavailable
     */
    public static FederationClient of(MessageSigner signer, Supplier<Directory> directory, HttpClient http,
            Duration timeout) {
        return new FederationClient(signer, directory, http, timeout);
    }

    /**
     * Delivers a forward, acknowledgement or status update and returns the partner's verified receipt.
     *
     * @throws PartnerUnavailableException when no valid answer came (retry later)
     * @throws PartnerRefusedException     when the partner refused (retryable only for its directory problem)
     */
    public Receipt send(Envelope envelope) {
        if (envelope.type() == MessageType.STATUS_QUERY) {
            throw new FederationDataException("http.kind", envelope.type(), "query");
        }
        HttpResponse<String> response = post(envelope);
        if (response.statusCode() == 200) {
            try {
                return receipts.verify(response.body(), envelope);
            } catch (MessageRejectedException e) {
                throw new PartnerUnavailableException(envelope.receiver(), "receipt " + e.refusal().code(), e);
            }
        }
        throw refusalOrUnavailable(envelope, response);
    }

    /**
     * Asks the competent node for the status of a forwarded request and verifies the signed
     * {@code STATUS_UPDATE} it answers with, like any pushed update (this node's own verifier).
     */
    public Verification query(Envelope statusQuery, MessageVerifier selfVerifier) {
        if (statusQuery.type() != MessageType.STATUS_QUERY) {
            throw new FederationDataException("http.kind", statusQuery.type(), "send");
        }
        HttpResponse<String> response = post(statusQuery);
        if (response.statusCode() == 200) {
            return selfVerifier.verify(response.body());
        }
        throw refusalOrUnavailable(statusQuery, response);
    }

    private HttpResponse<String> post(Envelope envelope) {
        DirectoryNode partner = directory.get().node(envelope.receiver())
                .orElseThrow(() -> new PartnerUnavailableException(envelope.receiver(), "not in directory", null));
        HttpRequest request = HttpRequest.newBuilder(FederationPaths.at(partner.baseUrl(), envelope.type()))
                .timeout(timeout).header("Content-Type", "application/jose")
                .header("Accept", "application/jose, application/problem+json").header("Accept-Language", "id")
                .POST(HttpRequest.BodyPublishers.ofString(signer.sign(envelope), StandardCharsets.US_ASCII)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PartnerUnavailableException(envelope.receiver(), e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PartnerUnavailableException(envelope.receiver(), "interrupted", e);
        }
    }

    private RuntimeException refusalOrUnavailable(Envelope envelope, HttpResponse<String> response) {
        Optional<Map<String, Object>> problem = problem(response);
        Object code = problem.map(p -> p.get("refusal")).orElse(null);
        Optional<Refusal> refusal = java.util.Arrays.stream(Refusal.values()).filter(r -> r.code().equals(code)).findFirst();
        if (refusal.isEmpty()) {
            return new PartnerUnavailableException(envelope.receiver(), "HTTP " + response.statusCode(), null);
        }
        Receipt signed = null;
        Object receipt = problem.get().get("receipt");
        if (receipt instanceof String compact) {
            try {
                signed = receipts.verify(compact, envelope);
            } catch (MessageRejectedException e) {
                return new PartnerUnavailableException(envelope.receiver(), "refusal receipt " + e.refusal().code(), e);
            }
            if (signed.refusal().orElse(null) != refusal.get()) {
                return new PartnerUnavailableException(envelope.receiver(), "refusal receipt mismatch", null);
            }
        }
        Object detail = problem.get().get("detail");
        return new PartnerRefusedException(envelope.receiver(), refusal.get(), signed,
                detail instanceof String s ? s.substring(0, Math.min(s.length(), 500)) : "");
    }

    private static Optional<Map<String, Object>> problem(HttpResponse<String> response) {
        boolean isProblem = response.headers().firstValue("Content-Type")
                .map(t -> t.toLowerCase(Locale.ROOT).startsWith(RefusalProblem.MEDIA_TYPE)).orElse(false);
        if (!isProblem || response.body().length() > 64 * 1024) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSONObjectUtils.parse(response.body()));
        } catch (java.text.ParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "FederationClient[" + signer.node().code().value() + ", timeout=" + timeout + "]";
    }
}
