package id.simpul.portal.application;

import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.LicenceStatusReport;
import id.simpul.sdk.spi.licensing.LicenceStatusUpdate;
import id.simpul.sdk.spi.licensing.Nib;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers {@link Outbox#STATUS_CHANGED} messages of licensing requests to OSS RBA: when a request of a
 * service listed in {@code simpul.adapters.oss.services} names an OSS licence on its form ({@code nib},
 * {@code id_izin}), each of its status changes is pushed as the {@code kd_status} of
 * {@link OssStatusMapping}, with the time of the change from the request's history.
 *
 * <p>Delivery is at least once, so each push is made safe to repeat: the handler first asks OSS for the
 * licence's current status and pushes only when OSS does not already hold exactly this status at this
 * time (a push whose answer was lost is not sent again), and the content of a repeated push is
 * identical, so a receiver that recognises repeats drops it. Statuses of one request reach OSS in order:
 * a change waits while an earlier one is still in the outbox. A remote failure propagates and the outbox
 * retries with backoff; a wrong link (malformed NIB, licence unknown to OSS) is a permanent failure the
 * outbox keeps visible. A node that switched OSS off ({@code simpul.adapters.oss.enabled=false}) pushes
 * nothing. Logs name the request id and OSS's licence id only.
 */
@ApplicationScoped
public class LicensingStatusPushHandler implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(LicensingStatusPushHandler.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    LicensingConnection connection;
    @Inject
    LicensingLinks links;
    @Inject
    @ConfigProperty(name = "simpul.adapters.oss.services", defaultValue = "PRZ-PBG,KEC-PBG-KECIL")
    String services;

    @Override
    public boolean handles(String topic) {
        return Outbox.STATUS_CHANGED.equals(topic);
    }

    @Override
    public void deliver(String topic, String dedupKey, String payloadJson) {
        JsonObject payload = JSON.createReader(new StringReader(payloadJson)).readObject();
        String requestId = payload.getString("requestId", "");
        if (!linkedServices().contains(payload.getString("service", ""))) {
            return;
        }
        if (!connection.enabled()) {
            LOG.fine(() -> "OSS is switched off on this node; status of request " + requestId + " not pushed");
            return;
        }
        int eventNo = LicensingLinks.eventNo(dedupKey);
        Optional<LicensingLinks.StatusEvent> found = links.event(requestId, eventNo);
        if (found.isEmpty()) {
            LOG.fine(() -> "Request " + requestId + " names no OSS licence; status " + eventNo + " not pushed");
            return;
        }
        LicensingLinks.StatusEvent event = found.get();
        Optional<LicenceStatusCode> code = OssStatusMapping.of(RequestStatus.valueOf(event.from()),
                RequestStatus.valueOf(event.to()));
        if (code.isEmpty()) {
            return;
        }
        if (links.earlierPending(topic, requestId, eventNo)) {
            throw LicensingPushException.earlierPending(requestId);
        }
        Nib nib;
        try {
            nib = Nib.parse(event.nib());
        } catch (IllegalArgumentException e) {
            throw LicensingPushException.malformedNib(requestId);
        }
        OffsetDateTime at = Instant.ofEpochMilli(event.at()).truncatedTo(ChronoUnit.SECONDS).atZone(WIB)
                .toOffsetDateTime();
        LicenceStatusReport current = connection.gateway().checkLicenceStatus(nib, event.licenceId())
                .orElseThrow(() -> LicensingPushException.unknownLicence(requestId, event.licenceId()));
        if (current.status() == code.get() && current.updatedAt().toInstant().equals(at.toInstant())) {
            LOG.fine(() -> "OSS already holds status " + code.get().code() + " of licence " + event.licenceId());
            return;
        }
        String note = "Simpul " + payload.getString("registrationNumber", "");
        connection.gateway().pushLicenceStatus(new LicenceStatusUpdate(nib, event.licenceId(), code.get(), at,
                note.strip()));
        LOG.info(() -> "Request " + requestId + ": OSS licence " + event.licenceId() + " now kd_status "
                + code.get().code());
    }

    private Set<String> linkedServices() {
        return Arrays.stream(services.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
