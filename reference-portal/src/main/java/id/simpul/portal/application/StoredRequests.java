package id.simpul.portal.application;

import id.simpul.portal.domain.catalogue.CatalogueSource;
import id.simpul.portal.infrastructure.persistence.HistoryEntity;
import id.simpul.portal.infrastructure.persistence.RequestEntity;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.ActorRole;
import id.simpul.sdk.request.ApplicantRef;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import id.simpul.sdk.request.HistoryEntry;
import id.simpul.sdk.request.RegistrationNumber;
import id.simpul.sdk.request.RequestAction;
import id.simpul.sdk.request.ServiceRequest;
import id.simpul.sdk.request.ServiceRequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes stored requests: the row, its history replayed on the draft (which rebuilds the
 * SLA clock), form and documents as JSON. One place for the request service (changes by callers) and
 * the federation (changes made by partner nodes).
 */
@ApplicationScoped
public class StoredRequests {

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "simpul")
    EntityManager em;
    @Inject
    CatalogueSource catalogue;
    @Inject
    WorkingCalendar calendar;

    /** Rebuilds the SDK request by replaying its stored history on the draft (which rebuilds the SLA clock). */
    public ServiceRequest restore(RequestEntity e) {
        ServiceStandard standard = catalogue.catalogue().require(ServiceCode.of(e.serviceCode), e.standardVersion);
        ServiceRequest r = ServiceRequest.builder()
                .id(ServiceRequestId.of(e.id))
                .registrationNumber(RegistrationNumber.parse(e.registrationNumber))
                .applicant(ApplicantRef.of(e.applicantRef))
                .standard(standard)
                .calendar(calendar)
                .subjectRegion(RegionCode.parse(e.subjectRegion))
                .filingPoint(FilingPoint.of(AgencyId.of(e.filingAgency), Channel.valueOf(e.filingChannel)))
                .competentAgency(AgencyId.of(e.competentAgency))
                .form(readForm(e.formJson))
                .documents(readDocuments(e.documentsJson))
                .createdAt(Instant.ofEpochMilli(e.createdAt))
                .build();
        for (HistoryEntity h : history(e.id)) {
            r = r.apply(RequestAction.valueOf(h.action), new Actor(h.actorId, ActorRole.valueOf(h.actorRole)),
                    Instant.ofEpochMilli(h.occurredAt), h.reason);
        }
        return r;
    }

    public List<HistoryEntity> history(String requestId) {
        return em.createQuery("select h from HistoryEntity h where h.requestId = :id order by h.entryNo",
                HistoryEntity.class).setParameter("id", requestId).getResultList();
    }

    /** Stores the history entries from index {@code from} on. */
    public void persistHistory(String requestId, List<HistoryEntry> history, int from) {
        for (int i = from; i < history.size(); i++) {
            HistoryEntry h = history.get(i);
            HistoryEntity row = new HistoryEntity();
            row.requestId = requestId;
            row.entryNo = i;
            row.action = h.action().name();
            row.fromStatus = h.from().name();
            row.toStatus = h.to().name();
            row.actorId = h.actor().id();
            row.actorRole = h.actor().role().name();
            row.occurredAt = h.at().toEpochMilli();
            row.reason = h.reason().orElse(null);
            em.persist(row);
        }
    }

    public static void applyState(RequestEntity e, ServiceRequest r, Instant now) {
        e.status = r.status().name();
        e.slaDeadline = r.slaClock().deadline().map(Instant::toEpochMilli).orElse(null);
        e.updatedAt = now.toEpochMilli();
    }

    public static FormData readForm(String json) {
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        FormData.Builder b = FormData.builder();
        o.forEach((k, v) -> b.put(k, v.asJsonArray().getValuesAs(jakarta.json.JsonString::getString)));
        return b.build();
    }

    public static String formJson(FormData form) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        form.asMap().forEach((k, v) -> {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            v.forEach(a::add);
            b.add(k, a);
        });
        return b.build().toString();
    }

    public static List<SubmittedDocument> readDocuments(String json) {
        List<SubmittedDocument> out = new ArrayList<>();
        for (JsonValue v : JSON.createReader(new StringReader(json)).readArray()) {
            JsonObject o = v.asJsonObject();
            SubmittedDocument d = o.containsKey("issuedOn")
                    ? SubmittedDocument.of(o.getString("code"), LocalDate.parse(o.getString("issuedOn")))
                    : SubmittedDocument.of(o.getString("code"));
            out.add(o.containsKey("reference") ? d.withReference(o.getString("reference")) : d);
        }
        return out;
    }

    public static String documentsJson(List<SubmittedDocument> documents) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (SubmittedDocument d : documents) {
            JsonObjectBuilder o = JSON.createObjectBuilder().add("code", d.code());
            d.issuedOn().ifPresent(x -> o.add("issuedOn", x.toString()));
            d.reference().ifPresent(x -> o.add("reference", x));
            a.add(o);
        }
        return a.build().toString();
    }
}
