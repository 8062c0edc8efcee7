package id.simpul.portal.application;

import id.simpul.portal.application.federation.FederationTopics;
import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.domain.PortalProblem.Kind;
import id.simpul.portal.domain.catalogue.CatalogueSource;
import id.simpul.portal.domain.routing.AuthorityRefusedException;
import id.simpul.portal.domain.routing.CompetentOffice;
import id.simpul.portal.domain.routing.CompetentOfficeResolver;
import id.simpul.portal.infrastructure.config.NodeConfiguration;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.persistence.AuditHeadEntity;
import id.simpul.portal.infrastructure.persistence.HistoryEntity;
import id.simpul.portal.infrastructure.persistence.IdempotencyEntity;
import id.simpul.portal.infrastructure.persistence.RequestEntity;
import id.simpul.portal.infrastructure.persistence.TransitionRecordEntity;
import id.simpul.portal.infrastructure.security.ApplicantKeys;
import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.FieldProblem;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.catalogue.ValidationResult;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.identity.NikProblem;
import id.simpul.sdk.identity.NikValidation;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.ActorRole;
import id.simpul.sdk.request.ApplicantRef;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import id.simpul.sdk.request.RegistrationNumber;
import id.simpul.sdk.request.RequestAction;
import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.request.ServiceRequest;
import id.simpul.sdk.request.ServiceRequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Files requests and moves them through their life. Each change is stored with its history, its
 * audit record and its outbox messages in one transaction. The audit chain's head row is locked
 * as the transaction's last step, which orders the audit records without holding other writers
 * back for the whole transaction. Two concurrent calls with one idempotency key meet at the
 * primary key of the idempotency record: the loser rolls back and replays the winner's response.
 */
@ApplicationScoped
public class RequestService {

    /** Looked up once: {@code Json.createXxx} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    /** Writes the stored answers of idempotent transitions exactly as the API sends views. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    @PersistenceContext(unitName = "simpul")
    EntityManager em;
    @Inject
    StoredRequests stored;
    @Inject
    CatalogueSource catalogue;
    @Inject
    CompetentOfficeResolver resolver;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    NodeSettings node;
    @Inject
    NodeConfiguration config;
    @Inject
    ApplicantKeys applicantKeys;
    @Inject
    RegionRegistry regions;
    @Inject
    WorkingCalendar calendar;
    @Inject
    RegistrationCounter counter;

    /**
     * Files a request, or replays the response to an earlier call with the same key and body.
     *
     * @throws InvalidInputException listing every problem of the input
     * @throws PortalProblem         when the key was used with another body, or nobody here is competent
     */
    @Transactional
    public SubmitResult submit(Caller caller, String idempotencyKey, String bodySha256, SubmitCommand cmd) {
        requireRole(caller, Role.CITIZEN, Role.OFFICER, Role.SUPERVISOR);
        Instant now = now();
        LocalDate today = now.atZone(zone()).toLocalDate();
        Checked in = check(caller, cmd, today);
        CompetentOffice office = null;
        AuthorityRefusedException refused = null;
        try {
            office = resolver.resolve(in.standard.code(), in.subject, in.filingPoint, today, in.form);
        } catch (AuthorityRefusedException e) {
            refused = e;
        }
        RegistrationNumber number = refused == null ? nextRegistrationNumber(today) : null;

        Optional<SubmitResult> earlier = earlierResponse(caller, idempotencyKey, bodySha256);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (refused != null) {
            throw refused;
        }

        ServiceRequest request = ServiceRequest.builder()
                .id(ServiceRequestId.random())
                .registrationNumber(number)
                .applicant(in.applicant)
                .standard(in.standard)
                .calendar(calendar)
                .subjectRegion(in.subject)
                .filingPoint(in.filingPoint)
                .competentAgency(office.office().id())
                .form(in.form)
                .documents(in.documents)
                .createdAt(now)
                .build()
                .submit(in.actor, now, in.standard);

        RequestEntity e = new RequestEntity();
        e.id = request.id().value();
        e.registrationNumber = request.registrationNumber().digits();
        e.serviceCode = request.service().value();
        e.standardVersion = request.standardVersion();
        e.subjectRegion = request.subjectRegion().value();
        e.filingAgency = request.filingPoint().agency().value();
        e.filingChannel = request.filingPoint().channel().name();
        e.competentAgency = request.competentAgency().value();
        e.competentRegency = office.regency().value();
        e.agreementId = office.agreementId().orElse(null);
        e.applicantRef = request.applicant().value();
        e.verification = "PENDING";
        e.formJson = StoredRequests.formJson(request.form());
        e.documentsJson = StoredRequests.documentsJson(request.documents());
        e.createdAt = now.toEpochMilli();
        StoredRequests.applyState(e, request, now);
        em.persist(e);
        em.flush();
        stored.persistHistory(e.id, request.history(), 0);
        outbox.enqueue(Outbox.POPULATION_VERIFY, e.id, "submitted",
                JSON.createObjectBuilder().add("requestId", e.id).add("service", e.serviceCode).build().toString(),
                now.toEpochMilli());
        outbox.enqueue(Outbox.STATUS_CHANGED, e.id, "1", statusPayload(e), now.toEpochMilli());
        if (isForwarded(e)) {
            // decided in another regency under an agreement: the federation delivers it there
            outbox.enqueue(FederationTopics.FORWARD, e.id, "forward", JSON.createObjectBuilder()
                    .add("requestId", e.id).add("toRegency", e.competentRegency).add("agreement", e.agreementId)
                    .build().toString(), now.toEpochMilli());
        }

        String body = JSON.createObjectBuilder()
                .add("id", e.id)
                .add("registrationNumber", request.registrationNumber().value())
                .add("status", e.status)
                .add("competentOffice", e.competentAgency)
                .add("competentOfficeName", office.office().name())
                .add("competentRegency", e.competentRegency)
                .add("forwarded", isForwarded(e))
                .add("agreement", e.agreementId == null ? JsonValue.NULL : JSON.createValue(e.agreementId))
                .add("legalBasis", toArray(office.citations()))
                .add("slaDeadline", e.slaDeadline == null ? JsonValue.NULL
                        : JSON.createValue(Instant.ofEpochMilli(e.slaDeadline).toString()))
                .add("verification", e.verification)
                .build().toString();
        IdempotencyEntity record = new IdempotencyEntity();
        record.caller = caller.subject();
        record.idemKey = idempotencyKey;
        record.bodySha256 = bodySha256;
        record.requestId = e.id;
        record.responseStatus = 201;
        record.responseBody = body;
        record.createdAt = now.toEpochMilli();
        em.persist(record);
        em.flush();
        // the chain's head is locked last, so that concurrent submissions wait only for each other's commit
        AuditHeadEntity head = audit.lockHead();
        audit.append(head, now.toEpochMilli(), auditActor(caller, in.actor), RequestAction.SUBMIT.name(),
                "service-request", e.id, RequestStatus.DRAFT.name(), request.status().name());
        em.flush();
        return new SubmitResult(201, e.id, body, false);
    }

    /**
     * The stored response to an earlier call with this key, after a submission failed because a
     * concurrent call with the same key won the race.
     *
     * @throws PortalProblem IDEMPOTENCY_KEY_REUSED when the key was used with another body
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SubmitResult> replay(Caller caller, String idempotencyKey, String bodySha256) {
        return earlierResponse(caller, idempotencyKey, bodySha256);
    }

    private Optional<SubmitResult> earlierResponse(Caller caller, String idempotencyKey, String bodySha256) {
        IdempotencyEntity earlier = em.find(IdempotencyEntity.class,
                new IdempotencyEntity.Key(caller.subject(), idempotencyKey));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.bodySha256.equals(bodySha256)) {
            throw new PortalProblem(Kind.IDEMPOTENCY_KEY_REUSED, "idempotency.reused", idempotencyKey);
        }
        return Optional.of(new SubmitResult(earlier.responseStatus, earlier.requestId, earlier.responseBody, true));
    }

    /**
     * Takes an action on a request for the caller.
     *
     * @throws PortalProblem NOT_FOUND when the caller may not see the request, FORBIDDEN when they may
     *                       see but not move it
     */
    @Transactional
    public TransitionResult transition(Caller caller, String id, String actionName, String reason,
            String idempotencyKey, String bodySha256) {
        requireRole(caller, Role.CITIZEN, Role.OFFICER, Role.SUPERVISOR);
        RequestAction action = parseAction(actionName);
        RequestEntity e = visible(caller, id);
        // the row as it is now, held until commit: a verdict the outbox records meanwhile (same row) waits
        // for this transition instead of failing it as a concurrent change
        em.refresh(e, LockModeType.PESSIMISTIC_WRITE);
        if (idempotencyKey != null) {
            Optional<TransitionResult> earlier = earlierTransition(caller, idempotencyKey, e.id, bodySha256);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        TransitionResult result = applyTransition(caller, e, action, reason);
        if (idempotencyKey != null) {
            TransitionRecordEntity record = new TransitionRecordEntity();
            record.caller = caller.subject();
            record.idemKey = idempotencyKey;
            record.bodySha256 = bodySha256;
            record.requestId = e.id;
            record.responseBody = result.body();
            record.createdAt = Instant.now().toEpochMilli();
            em.persist(record);
            em.flush();
        }
        return result;
    }

    /**
     * The stored answer to an earlier transition with this key, after a transition failed because a
     * concurrent call with the same key won the race.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<TransitionResult> replayTransition(Caller caller, String idempotencyKey, String id,
            String bodySha256) {
        return earlierTransition(caller, idempotencyKey, id, bodySha256);
    }

    private Optional<TransitionResult> earlierTransition(Caller caller, String key, String id, String bodySha256) {
        TransitionRecordEntity earlier = em.find(TransitionRecordEntity.class,
                new TransitionRecordEntity.Key(caller.subject(), key));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.bodySha256.equals(bodySha256) || !earlier.requestId.equals(id)) {
            throw new PortalProblem(Kind.IDEMPOTENCY_KEY_REUSED, "idempotency.reused", key);
        }
        return Optional.of(new TransitionResult(earlier.responseBody, true));
    }

    private TransitionResult applyTransition(Caller caller, RequestEntity e, RequestAction action, String reason) {
        Actor actor = actorFor(caller, e);
        if (isForwarded(e) && !(action == RequestAction.CANCEL && RequestStatus.RETURNED.name().equals(e.status))) {
            // the competent node decides; here the applicant may only withdraw a request the partner sent back
            throw new PortalProblem(Kind.FORBIDDEN, "request.forwarded", e.competentRegency);
        }
        ServiceRequest before = stored.restore(e);
        Instant now = now();
        if (now.isBefore(before.lastEventAt())) {
            now = before.lastEventAt();
        }
        ServiceRequest after = before.apply(action, actor, now, reason);
        if (after == before) {
            return new TransitionResult(JSONB.toJson(view(e, after)), false);
        }
        StoredRequests.applyState(e, after, now);
        stored.persistHistory(e.id, after.history(), before.history().size());
        em.flush();
        AuditHeadEntity head = audit.lockHead();
        audit.append(head, now.toEpochMilli(), auditActor(caller, actor), action.name(), "service-request", e.id,
                before.status().name(), after.status().name());
        outbox.enqueue(Outbox.STATUS_CHANGED, e.id, Integer.toString(after.history().size()), statusPayload(e),
                now.toEpochMilli());
        em.flush();
        return new TransitionResult(JSONB.toJson(view(e, after)), false);
    }

    @Transactional
    public RequestView get(Caller caller, String id) {
        requireAuthenticated(caller);
        RequestEntity e = visible(caller, id);
        return view(e, stored.restore(e));
    }

    @Transactional
    public List<HistoryView> history(Caller caller, String id) {
        requireAuthenticated(caller);
        RequestEntity e = visible(caller, id);
        List<HistoryView> out = new ArrayList<>();
        for (HistoryEntity h : stored.history(e.id)) {
            boolean showActor = caller.isStaff() || caller.has(Role.ADMIN);
            out.add(new HistoryView(h.entryNo, h.action, h.fromStatus, h.toStatus, h.actorRole,
                    showActor || "APPLICANT".equals(h.actorRole) ? h.actorId : null,
                    Instant.ofEpochMilli(h.occurredAt).toString(), h.reason));
        }
        return out;
    }

    @Transactional
    public PageView<RequestView> list(Caller caller, String status, String service, int page, int size) {
        requireAuthenticated(caller);
        List<FieldError> errors = new ArrayList<>();
        if (status != null && !status.isBlank() && !isStatus(status)) {
            errors.add(fieldError("status", "input.status.unknown", status));
        }
        if (page < 0) {
            errors.add(fieldError("page", "input.page.negative", page));
        }
        if (size < 1 || size > 100) {
            errors.add(fieldError("size", "input.size.range", size));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (!caller.has(Role.ADMIN) && !caller.has(Role.SUPERVISOR)) {
            if (caller.has(Role.OFFICER)) {
                where.append(" and (r.competentAgency = :agency or r.filingAgency = :agency)");
                params.put("agency", caller.agency().map(AgencyId::value).orElse("-"));
            } else {
                where.append(" and r.applicantRef = :applicant");
                params.put("applicant", citizenRef(caller).value());
            }
        }
        if (status != null && !status.isBlank()) {
            where.append(" and r.status = :status");
            params.put("status", status);
        }
        if (service != null && !service.isBlank()) {
            where.append(" and r.serviceCode = :service");
            params.put("service", service);
        }
        TypedQuery<Long> count = em.createQuery("select count(r) from RequestEntity r" + where, Long.class);
        TypedQuery<RequestEntity> query = em.createQuery(
                "select r from RequestEntity r" + where + " order by r.createdAt desc, r.id", RequestEntity.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        List<RequestView> items = query.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(e -> view(e, stored.restore(e))).toList();
        return new PageView<>(items, page, size, count.getSingleResult());
    }

    /** Public tracking by registration number: no personal data. */
    @Transactional
    public TrackingView track(String registrationNumber) {
        RegistrationNumber number = RegistrationNumber.parse(registrationNumber);
        List<RequestEntity> found = em.createQuery(
                "select r from RequestEntity r where r.registrationNumber = :n", RequestEntity.class)
                .setParameter("n", number.digits()).getResultList();
        if (found.isEmpty()) {
            throw new PortalProblem(Kind.NOT_FOUND, "tracking.not-found", number.value());
        }
        RequestEntity e = found.get(0);
        String name = catalogue.catalogue().find(ServiceCode.of(e.serviceCode), e.standardVersion)
                .map(s -> s.serviceType().name().id()).orElse(e.serviceCode);
        return new TrackingView(number.value(), e.serviceCode, name, e.status,
                Instant.ofEpochMilli(e.createdAt).atZone(zone()).toLocalDate().toString(),
                e.slaDeadline == null ? null : Instant.ofEpochMilli(e.slaDeadline).toString(), e.competentAgency,
                Instant.ofEpochMilli(e.updatedAt).toString());
    }

    // ---- checking the input ------------------------------------------------------------------

    private record Checked(ServiceStandard standard, RegionCode subject, FilingPoint filingPoint, ApplicantRef applicant,
            Actor actor, FormData form, List<SubmittedDocument> documents) {
    }

    private Checked check(Caller caller, SubmitCommand cmd, LocalDate today) {
        List<FieldError> errors = new ArrayList<>(cmd.parseErrors());
        ServiceStandard standard = null;
        if (cmd.service() == null || cmd.service().isBlank()) {
            errors.add(fieldError("service", "input.required"));
        } else if (!ServiceCode.isWellFormed(cmd.service())
                || catalogue.catalogue().inForce(ServiceCode.of(cmd.service()), today).isEmpty()) {
            errors.add(fieldError("service", "input.service.unknown", cmd.service()));
        } else {
            standard = catalogue.catalogue().inForce(ServiceCode.of(cmd.service()), today).orElseThrow();
        }
        RegionCode subject = region(cmd.subjectRegion(), "subjectRegion", errors);
        FilingPoint filing = filingPoint(caller, cmd, errors);
        ApplicantRef applicant = null;
        Actor actor = null;
        if (caller.has(Role.CITIZEN) && !caller.isStaff()) {
            applicant = citizenRef(caller);
            actor = Actor.applicant(applicant);
            if (cmd.applicantNik() != null) {
                errors.add(fieldError("applicantNik", "input.applicant-nik.citizen"));
            }
        } else {
            Optional<Nik> nik = nik(cmd.applicantNik(), "applicantNik", today, errors);
            if (nik.isPresent()) {
                applicant = ApplicantRef.pseudonymOf(nik.get(), applicantKeys.key());
            }
            actor = Actor.officer(caller.subject());
        }
        List<SubmittedDocument> documents = documents(cmd.documents(), errors);
        FormData form = formData(cmd.form(), errors);
        if (standard != null) {
            ValidationResult result = standard.validate(form, documents, today);
            for (FieldProblem p : result.problems()) {
                String prefix = p.problem().isDocumentProblem() ? "documents." : "form.";
                errors.add(new FieldError(prefix + p.field(), p.code(), p.message()));
            }
            standard.attribute("nik").ifPresent(a -> form.value("nik")
                    .ifPresent(v -> nik(v, "form.nik", today, errors)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(standard, subject, filing, applicant, actor, form, documents);
    }

    private static FormData formData(Map<String, List<String>> values, List<FieldError> errors) {
        try {
            return FormData.of(values);
        } catch (RuntimeException ex) {
            errors.add(fieldError("form", "input.form.shape"));
            return FormData.empty();
        }
    }

    private RegionCode region(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(fieldError(field, "input.required"));
            return null;
        }
        Optional<RegionCode> code = RegionCode.tryParse(text);
        if (code.isEmpty()) {
            errors.add(fieldError(field, "input.region.malformed", text));
            return null;
        }
        if (!regions.contains(code.get())) {
            errors.add(fieldError(field, "input.region.unknown", text));
            return null;
        }
        return code.get();
    }

    private FilingPoint filingPoint(Caller caller, SubmitCommand cmd, List<FieldError> errors) {
        Channel channel = null;
        if (cmd.channel() != null) {
            channel = Channel.fromConfigName(cmd.channel()).or(() -> enumValue(cmd.channel())).orElse(null);
            if (channel == null) {
                errors.add(fieldError("filingPoint.channel", "input.channel.unknown", cmd.channel()));
            }
        }
        if (caller.isStaff()) {
            if (caller.agency().isEmpty()) {
                errors.add(fieldError("filingPoint.agency", "input.agency.claim-missing"));
                return null;
            }
            if (cmd.filingAgency() != null && !cmd.filingAgency().equals(caller.agency().get().value())) {
                errors.add(fieldError("filingPoint.agency", "input.agency.not-yours", cmd.filingAgency()));
            }
            Optional<Agency> office = config.configuration().agency(caller.agency().get());
            if (office.isEmpty() || !config.isLocal(office.get())) {
                errors.add(fieldError("filingPoint.agency", "input.agency.not-of-node", caller.agency().get().value(),
                        config.node().value()));
                return null;
            }
            return channel == null && cmd.channel() != null ? null
                    : FilingPoint.of(caller.agency().get(), channel == null ? Channel.COUNTER : channel);
        }
        if (channel != null && channel != Channel.ONLINE) {
            errors.add(fieldError("filingPoint.channel", "input.channel.citizen", cmd.channel()));
            return null;
        }
        if (cmd.filingAgency() != null) {
            errors.add(fieldError("filingPoint.agency", "input.agency.citizen"));
            return null;
        }
        return FilingPoint.of(config.onlineOffice().id(), Channel.ONLINE);
    }

    private static Optional<Channel> enumValue(String text) {
        for (Channel c : Channel.values()) {
            if (c.name().equals(text)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private Optional<Nik> nik(String text, String field, LocalDate today, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(fieldError(field, "input.required"));
            return Optional.empty();
        }
        NikValidation v = Nik.validate(text, regions, today);
        for (NikProblem p : v.errors()) {
            LocalizedMessage m = v.message(p);
            errors.add(new FieldError(field, "nik." + p.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), m));
        }
        return v.isValid() ? v.nik() : Optional.empty();
    }

    private static List<SubmittedDocument> documents(List<SubmitCommand.Document> docs, List<FieldError> errors) {
        List<SubmittedDocument> out = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            SubmitCommand.Document d = docs.get(i);
            String field = "documents[" + i + "]";
            if (d.code() == null || d.code().isBlank()) {
                errors.add(fieldError(field + ".code", "input.required"));
                continue;
            }
            try {
                SubmittedDocument doc = d.issuedOn() == null ? SubmittedDocument.of(d.code())
                        : SubmittedDocument.of(d.code(), LocalDate.parse(d.issuedOn()));
                out.add(d.reference() == null ? doc : doc.withReference(d.reference()));
            } catch (DateTimeParseException ex) {
                errors.add(fieldError(field + ".issuedOn", "input.date.malformed", d.issuedOn()));
            } catch (RuntimeException ex) {
                errors.add(fieldError(field, "input.document.malformed"));
            }
        }
        return out;
    }

    // ---- who may see and do what ---------------------------------------------------------------

    private RequestEntity visible(Caller caller, String id) {
        RequestEntity e = id == null || id.length() > 36 ? null : em.find(RequestEntity.class, id);
        if (e == null || !maySee(caller, e)) {
            throw new PortalProblem(Kind.NOT_FOUND, "request.not-found", id == null ? "" : id);
        }
        return e;
    }

    private boolean maySee(Caller caller, RequestEntity e) {
        if (caller.has(Role.ADMIN) || caller.has(Role.SUPERVISOR)) {
            return true;
        }
        if (caller.has(Role.OFFICER)) {
            String agency = caller.agency().map(AgencyId::value).orElse("");
            if (agency.equals(e.competentAgency) || agency.equals(e.filingAgency)) {
                return true;
            }
        }
        return caller.has(Role.CITIZEN) && citizenRef(caller).value().equals(e.applicantRef);
    }

    private Actor actorFor(Caller caller, RequestEntity e) {
        if (caller.staffOf(AgencyId.of(e.competentAgency))) {
            if (isForwarded(e)) {
                // the competent office decides on its own node; this node keeps a read-only copy
                throw new PortalProblem(Kind.FORBIDDEN, "request.forwarded", e.competentRegency);
            }
            return Actor.officer(caller.subject());
        }
        if (caller.has(Role.CITIZEN) && citizenRef(caller).value().equals(e.applicantRef)) {
            return Actor.applicant(citizenRef(caller));
        }
        throw new PortalProblem(Kind.FORBIDDEN, "request.not-competent", e.competentAgency);
    }

    private ApplicantRef citizenRef(Caller caller) {
        return ApplicantRef.pseudonymOf("login:" + caller.subject(), applicantKeys.key());
    }

    private static void requireAuthenticated(Caller caller) {
        if (!caller.isAuthenticated()) {
            throw new PortalProblem(Kind.UNAUTHENTICATED, "auth.required");
        }
    }

    private static void requireRole(Caller caller, Role... roles) {
        requireAuthenticated(caller);
        for (Role r : roles) {
            if (caller.has(r)) {
                return;
            }
        }
        throw new PortalProblem(Kind.FORBIDDEN, "auth.role", java.util.Arrays.toString(roles));
    }

    // ---- storing and restoring -----------------------------------------------------------------

    private RegistrationNumber nextRegistrationNumber(LocalDate today) {
        return RegistrationNumber.of(node.regency(), today, counter.next(node.regency().compact(), today));
    }

    /** Whether the competent office is in another regency than this node's (the request was forwarded). */
    private boolean isForwarded(RequestEntity e) {
        return !config.node().value().equals(e.competentRegency);
    }

    private RequestView view(RequestEntity e, ServiceRequest r) {
        List<Map<String, String>> docs = new ArrayList<>();
        for (SubmittedDocument d : r.documents()) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("code", d.code());
            d.issuedOn().ifPresent(x -> m.put("issuedOn", x.toString()));
            d.reference().ifPresent(x -> m.put("reference", x));
            docs.add(m);
        }
        String officeName = config.configuration().agency(AgencyId.of(e.competentAgency)).map(Agency::name)
                .orElse(e.competentAgency);
        String regencyName = regions.find(RegionCode.parse(e.competentRegency)).map(x -> x.name())
                .orElse(e.competentRegency);
        return new RequestView(e.id, r.registrationNumber().value(), e.serviceCode, e.standardVersion,
                e.subjectRegion, e.filingAgency, e.filingChannel, e.competentAgency, officeName,
                e.competentRegency, regencyName, isForwarded(e), e.agreementId, e.status,
                e.slaDeadline == null ? null : Instant.ofEpochMilli(e.slaDeadline).toString(), e.verification,
                Instant.ofEpochMilli(e.createdAt).toString(), Instant.ofEpochMilli(e.updatedAt).toString(),
                r.allowedActions().stream().map(Enum::name).toList(), r.form().asMap(), docs);
    }

    private static JsonArrayBuilder toArray(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static String statusPayload(RequestEntity e) {
        return JSON.createObjectBuilder().add("requestId", e.id).add("registrationNumber", e.registrationNumber)
                .add("service", e.serviceCode).add("status", e.status).add("competentOffice", e.competentAgency)
                .build().toString();
    }

    private static String auditActor(Caller caller, Actor actor) {
        return actor.role() == ActorRole.APPLICANT ? "APPLICANT:" + actor.id() : actor.role() + ":" + caller.subject();
    }

    private static RequestAction parseAction(String name) {
        for (RequestAction a : RequestAction.values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        throw new InvalidInputException(List.of(fieldError("action", "input.action.unknown",
                name == null ? "" : name, java.util.Arrays.toString(RequestAction.values()))));
    }

    private static boolean isStatus(String s) {
        for (RequestStatus st : RequestStatus.values()) {
            if (st.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    static FieldError fieldError(String field, String key, Object... args) {
        return new FieldError(field, key, LocalizedMessage.of(PortalProblem.BUNDLE, key, args));
    }

    private ZoneId zone() {
        return calendar.serviceHours().zone();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
