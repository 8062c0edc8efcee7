package id.simpul.portal.infrastructure.federation;

import id.simpul.portal.application.Outbox;
import id.simpul.portal.application.OutboxHandler;
import id.simpul.portal.application.federation.FederationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Listens to {@link Outbox#STATUS_CHANGED}: when the request belongs to a filing node elsewhere, the
 * change is queued once as a {@link id.simpul.portal.application.federation.FederationTopics#STATUS}
 * message for that node, so a partner that is down delays only its own updates.
 */
@ApplicationScoped
public class FederationStatusRelay implements OutboxHandler {

    @Inject
    FederationService service;

    @Override
    public boolean handles(String topic) {
        return Outbox.STATUS_CHANGED.equals(topic);
    }

    @Override
    public void deliver(String topic, String dedupKey, String payloadJson) {
        service.relayStatus(dedupKey, payloadJson);
    }
}
