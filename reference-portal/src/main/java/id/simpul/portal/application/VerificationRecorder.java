package id.simpul.portal.application;

import id.simpul.portal.infrastructure.persistence.AuditHeadEntity;
import id.simpul.portal.infrastructure.persistence.RequestEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.Optional;

/**
 * The database side of population verification: which NIK a pending request asks about, and the
 * verdict recorded on the request together with its audit record, in one transaction.
 */
@ApplicationScoped
public class VerificationRecorder {

    /** Verification states of a request, as the API contract lists them. */
    public static final String PENDING = "PENDING";
    public static final String VERIFIED = "VERIFIED";
    public static final String FAILED = "FAILED";

    static final String AUDIT_ACTOR = "SYSTEM:population-registry";
    static final String AUDIT_ACTION = "POPULATION_VERIFY";

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "simpul")
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** What a verification message is about, read from the request. */
    public sealed interface Subject {
        /** The request is gone or already has a verdict: nothing to do (a repeated delivery). */
        record Settled() implements Subject {
        }

        /** The service's form carries no NIK: there is nobody to verify. */
        record NoNik() implements Subject {
        }

        /** The NIK to verify. {@code toString} hides it. */
        record Nik(String value) implements Subject {
            @Override
            public String toString() {
                return "Nik[****]";
            }
        }
    }

    @Transactional
    public Subject subjectOf(String requestId) {
        RequestEntity e = requestId == null || requestId.length() > 36 ? null : em.find(RequestEntity.class, requestId);
        if (e == null || !PENDING.equals(e.verification)) {
            return new Subject.Settled();
        }
        return nikOf(e.formJson).<Subject>map(Subject.Nik::new).orElseGet(Subject.NoNik::new);
    }

    /**
     * Records the verdict if the request is still pending (a repeated delivery changes nothing).
     *
     * @return whether this call recorded it
     */
    @Transactional
    public boolean record(String requestId, String verdict, long now) {
        if (!VERIFIED.equals(verdict) && !FAILED.equals(verdict)) {
            throw new IllegalArgumentException("verdict must be VERIFIED or FAILED");
        }
        RequestEntity e = em.find(RequestEntity.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null || !PENDING.equals(e.verification)) {
            return false;
        }
        e.verification = verdict;
        e.updatedAt = now;
        em.flush();
        AuditHeadEntity head = audit.lockHead();
        audit.append(head, now, AUDIT_ACTOR, AUDIT_ACTION, "service-request", e.id, PENDING, verdict);
        em.flush();
        return true;
    }

    static Optional<String> nikOf(String formJson) {
        if (formJson == null) {
            return Optional.empty();
        }
        JsonObject form = JSON.createReader(new StringReader(formJson)).readObject();
        JsonValue v = form.get("nik");
        if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY) {
            return Optional.empty();
        }
        JsonArray values = v.asJsonArray();
        return values.size() == 1 && values.get(0).getValueType() == JsonValue.ValueType.STRING
                ? Optional.of(values.getString(0)) : Optional.empty();
    }
}
