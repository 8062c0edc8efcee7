package id.simpul.portal.application;

import id.simpul.portal.infrastructure.persistence.HistoryEntity;
import id.simpul.portal.infrastructure.persistence.RequestEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;

/**
 * The database side of OSS status pushes: which OSS licence a request is linked to (form fields
 * {@value #NIB_FIELD} and {@value #LICENCE_FIELD}) and what one status change of it was, read from the
 * request's history, which never changes, so a repeated delivery pushes exactly the same content.
 */
@ApplicationScoped
public class LicensingLinks {

    /** Form field holding the business's NIB (<i>Nomor Induk Berusaha</i>). */
    public static final String NIB_FIELD = "nib";
    /** Form field holding OSS's licence application id ({@code id_izin}). */
    public static final String LICENCE_FIELD = "id_izin";

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "simpul")
    EntityManager em;

    /**
     * One status change of a request linked to an OSS licence.
     *
     * @param nib       as typed on the form (checked by the caller)
     * @param licenceId OSS's {@code id_izin}
     * @param from      status before the change
     * @param to        status after it
     * @param at        when it happened, epoch milliseconds
     */
    public record StatusEvent(String requestId, String nib, String licenceId, String from, String to, long at) {
    }

    /**
     * The change numbered {@code eventNo} (1 = the submission) of a request whose form names an OSS
     * licence; empty when the request is gone, names no licence, or has no such change.
     */
    @Transactional
    public Optional<StatusEvent> event(String requestId, int eventNo) {
        RequestEntity e = requestId == null || requestId.length() > 36 ? null : em.find(RequestEntity.class, requestId);
        if (e == null || eventNo < 1) {
            return Optional.empty();
        }
        Optional<String> nib = single(e.formJson, NIB_FIELD);
        Optional<String> licence = single(e.formJson, LICENCE_FIELD);
        if (nib.isEmpty() || licence.isEmpty()) {
            return Optional.empty();
        }
        List<HistoryEntity> h = em.createQuery(
                "select h from HistoryEntity h where h.requestId = :id and h.entryNo = :n", HistoryEntity.class).setParameter("id", requestId).setParameter("n", eventNo - 1).getResultList();
        return h.stream().findFirst().map(x -> new StatusEvent(requestId, nib.get(), licence.get(), x.fromStatus,
                x.toStatus, x.occurredAt));
    }

    /** Whether an earlier change of the same request still waits in the outbox under this topic. */
    @Transactional
    public boolean earlierPending(String topic, String requestId, int eventNo) {
        List<String> keys = em.createQuery("select m.dedupKey from OutboxEntity m where m.topic = :t"
                        + " and m.aggregateId = :a and m.deliveredAt is null", String.class)
                .setParameter("t", topic).setParameter("a", requestId).getResultList();
        return keys.stream().mapToInt(LicensingLinks::eventNo).anyMatch(n -> n > 0 && n < eventNo);
    }

    /** The event number at the end of a deduplication key {@code topic:aggregate:event}, or -1. */
    static int eventNo(String dedupKey) {
        int colon = dedupKey == null ? -1 : dedupKey.lastIndexOf(':');
        if (colon < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(dedupKey.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static Optional<String> single(String formJson, String field) {
        if (formJson == null) {
            return Optional.empty();
        }
        JsonObject form = JSON.createReader(new StringReader(formJson)).readObject();
        JsonValue v = form.get(field);
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().size() != 1
                || v.asJsonArray().get(0).getValueType() != JsonValue.ValueType.STRING) {
            return Optional.empty();
        }
        String s = v.asJsonArray().getString(0).strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
