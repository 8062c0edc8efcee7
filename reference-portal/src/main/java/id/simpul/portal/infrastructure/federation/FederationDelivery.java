package id.simpul.portal.infrastructure.federation;

import id.simpul.federation.http.PartnerRefusedException;
import id.simpul.federation.http.PartnerUnavailableException;
import id.simpul.federation.message.Receipt;
import id.simpul.portal.application.OutboxHandler;
import id.simpul.portal.application.federation.FederationService;
import id.simpul.portal.application.federation.FederationTopics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Delivers the federation's outbox messages ({@link FederationTopics#FORWARD},
 * {@link FederationTopics#STATUS}) to partner nodes: the envelope is prepared once, then every
 * attempt signs it with a fresh send time and posts it. A signed receipt settles it; a partner that
 * is down, slow or answers nothing valid makes the attempt fail, so the outbox tries again later with
 * backoff; a refusal settles it too (a refused forward goes back to the filing counter), except a
 * refusal the partner may lift itself (its own directory unavailable), which is retried.
 */
@ApplicationScoped
public class FederationDelivery implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(FederationDelivery.class.getName());

    @Inject
    FederationService service;
    @Inject
    FederationNode node;

    @Override
    public boolean handles(String topic) {
        return FederationTopics.FORWARD.equals(topic) || FederationTopics.STATUS.equals(topic);
    }

    @Override
    public void deliver(String topic, String dedupKey, String payloadJson) {
        Optional<FederationService.Outgoing> prepared = service.prepare(topic, dedupKey, payloadJson);
        if (prepared.isEmpty()) {
            return;
        }
        FederationService.Outgoing out = prepared.get();
        Receipt receipt;
        try {
            receipt = node.client().send(out.envelope().withSentAt(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        } catch (PartnerUnavailableException e) {
            service.willRetry(out, e.code());
            throw e;
        } catch (PartnerRefusedException e) {
            if (e.retryable()) {
                service.willRetry(out, e.code());
                throw e;
            }
            service.refusedByPartner(out, e);
            LOG.info(() -> "Partner " + out.envelope().receiver().value() + " refused " + out.envelope().type() + " "
                    + out.envelope().messageId() + ": " + e.refusal().code());
            return;
        }
        service.delivered(out, receipt);
    }
}
