package id.simpul.portal.application.federation;

import id.simpul.federation.directory.AgreementCoverage;
import id.simpul.federation.directory.Directory;
import id.simpul.federation.http.FederationEndpoint;
import id.simpul.federation.http.PartnerRefusedException;
import id.simpul.federation.message.CaseRef;
import id.simpul.federation.message.DataMinimiser;
import id.simpul.federation.message.Envelope;
import id.simpul.federation.message.MessageRejectedException;
import id.simpul.federation.message.MessageType;
import id.simpul.federation.message.Receipt;
import id.simpul.federation.message.Verification;
import id.simpul.portal.application.StoredRequests;
import id.simpul.portal.application.AuditTrail;
import id.simpul.portal.application.Outbox;
import id.simpul.portal.domain.catalogue.CatalogueSource;
import id.simpul.portal.domain.routing.AuthorityRefusedException;
import id.simpul.portal.domain.routing.CompetentOffice;
import id.simpul.portal.domain.routing.CompetentOfficeResolver;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.federation.FederationCaseEntity;
import id.simpul.portal.infrastructure.federation.FederationEventEntity;
import id.simpul.portal.infrastructure.federation.FederationNode;
import id.simpul.portal.infrastructure.federation.FederationOutgoingEntity;
import id.simpul.portal.infrastructure.persistence.AuditHeadEntity;
import id.simpul.portal.infrastructure.persistence.HistoryEntity;
import id.simpul.portal.infrastructure.persistence.RequestEntity;
import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
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
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The portal's side of the federation (federasi antar-kabupaten): what a node does with the
 * messages it receives, and how it prepares and settles the messages it sends.
 *
 * <p>Receiving, in one transaction with the seen-message store: a forward creates the request at
 * this (competent) node with the filing node's registration number, routed to the office this node's
 * kewenangan engine names; a status update moves the filing node's copy; every refusal is recorded
 * and audited. Sending: an outbox message is turned into an envelope once (data minimised to the
 * agreement's shared fields), stored, and sent again unchanged on every retry; the partner's receipt
 * or refusal settles it. No payload and no personal data reaches the log, the events or the audit.
 */
@ApplicationScoped
public class FederationService {

    private static final Logger LOG = Logger.getLogger(FederationService.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    static final String BUNDLE = "id.simpul.portal.federation";

    @PersistenceContext(unitName = "simpul")
    EntityManager em;
    @Inject
    FederationNode federation;
    @Inject
    NodeSettings node;
    @Inject
    CatalogueSource catalogue;
    @Inject
    CompetentOfficeResolver resolver;
    @Inject
    id.simpul.portal.infrastructure.config.NodeConfiguration configuration;
    @Inject
    WorkingCalendar calendar;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;
    @Inject
    StoredRequests stored;

    // ---- receiving ---------------------------------------------------------------------------

    /**
     * Handles one message posted to {@code /federation/v1{path}}; the answer is written back as it is.
     * Runs in one transaction: the message is remembered if and only if its effect is stored.
     */
    @Transactional
    public FederationEndpoint.Answer receive(String path, String body, Locale locale) {
        return FederationEndpoint.of(federation.verifier(), new FederationEndpoint.Handler() {
            @Override
            public void accept(Verification message) {
                apply(message);
            }

            @Override
            public Optional<Envelope> status(Verification query) {
                return statusOf(query.envelope());
            }

            @Override
            public void refused(MessageRejectedException refusal) {
                recordRefusal(refusal);
            }
        }).handle(path, body, locale);
    }

    private void apply(Verification v) {
        Envelope env = v.envelope();
        switch (env.type()) {
            case FORWARD_REQUEST -> receiveForward(env, v);
            case STATUS_UPDATE -> receiveStatus(env);
            case ACKNOWLEDGEMENT -> event("IN", env, "ACCEPTED", null, null);
            case STATUS_QUERY -> throw new IllegalStateException("status queries are answered, not applied");
        }
    }

    private void receiveForward(Envelope env, Verification v) {
        CaseRef c = env.caseRef();
        if (findCase(env.sender(), c.reference(), FederationCaseEntity.COMPETENT).isPresent()) {
            // the same case under another message id: the filing node sent it twice; keep the first
            event("IN", env, "DUPLICATE", null, "case already received");
            return;
        }
        Instant now = now();
        LocalDate today = now.atZone(zone()).toLocalDate();
        ServiceStandard standard = catalogue.catalogue().inForce(c.service(), today)
                .or(() -> catalogue.catalogue().versions(c.service()).stream().reduce((a, b) -> b))
                .orElseThrow(() -> new IllegalStateException("Service " + c.service().value()
                        + " is covered by an agreement but not in this node's catalogue"));
        Map<String, Object> routing = object(env.payload().get("routing"));
        RegionCode subject = regionWithin(string(routing, "subjectRegion"), c.subjectRegency());
        String filingAgency = Optional.ofNullable(string(routing, "filingAgency")).filter(AgencyId::isWellFormed)
                .orElse(c.filingRegency().value() + "-portal");
        Channel channel = Optional.ofNullable(string(routing, "filingChannel"))
                .flatMap(FederationService::channel).orElse(Channel.COUNTER);
        FilingPoint filingPoint = FilingPoint.of(AgencyId.of(filingAgency), channel);
        FormData form = form(env.fields());
        List<SubmittedDocument> documents = documents(env.payload().get("documents"));

        String claimedOffice = string(routing, "competentOffice");
        AgencyId office;
        RegionCode officeRegency = node.regency();
        String localRefusal = null;
        try {
            // the signed directory's agreement already admitted the partner's counter; the engine is asked which
            // of this node's offices decides, as for a request filed at this node's own online counter
            FilingPoint here = FilingPoint.of(configuration.onlineOffice().id(), Channel.ONLINE);
            CompetentOffice decided = resolver.resolve(standard.code(), subject, here, today, form);
            office = decided.office().id();
            officeRegency = decided.regency();
            if (!decided.regency().equals(node.regency())) {
                // the engine here names an office of yet another regency: refused rather than forwarded on
                office = Optional.ofNullable(claimedOffice).filter(AgencyId::isWellFormed).map(AgencyId::of)
                        .orElse(AgencyId.of(node.regency().value() + "-portal"));
                localRefusal = FederationNode.bilingual(LocalizedMessage.of(BUNDLE, "rejected.elsewhere",
                        node.regency().value(), c.service().value(), decided.regency().value()));
                officeRegency = node.regency();
            }
        } catch (AuthorityRefusedException p) {
            office = Optional.ofNullable(claimedOffice).filter(AgencyId::isWellFormed).map(AgencyId::of)
                    .orElse(AgencyId.of(node.regency().value() + "-portal"));
            String id = p.getMessage(LocalizedMessage.INDONESIAN);
            String en = p.getMessage(Locale.ENGLISH);
            localRefusal = FederationNode.bilingual(LocalizedMessage.of(BUNDLE, "rejected.local-engine",
                    node.regency().value(), c.service().value(), id.equals(en) ? id : id + " / " + en));
        }
        RegistrationNumber number = RegistrationNumber.parse(c.reference());
        ServiceRequestId id = ServiceRequestId.random();
        ServiceRequest request = ServiceRequest.builder()
                .id(id)
                .registrationNumber(number)
                .applicant(ApplicantRef.of("fed:" + c.filingRegency().value() + ":" + id.value()))
                .standard(standard)
                .calendar(calendar)
                .subjectRegion(subject)
                .filingPoint(filingPoint)
                .competentAgency(office)
                .form(form)
                .documents(documents)
                .createdAt(now)
                .build()
                .submit(Actor.officer(nodeActor(env.sender())), now);
        if (localRefusal != null) {
            request = request.apply(RequestAction.REJECT, Actor.system(nodeActor(node.regency())), now,
                    truncate(localRefusal, 2000));
        }
        RequestEntity e = new RequestEntity();
        e.id = id.value();
        e.registrationNumber = number.digits();
        e.serviceCode = standard.code().value();
        e.standardVersion = standard.version();
        e.subjectRegion = subject.value();
        e.filingAgency = filingAgency;
        e.filingChannel = channel.name();
        e.competentAgency = office.value();
        e.competentRegency = officeRegency.value();
        e.agreementId = v.coverageIfChecked().flatMap(AgreementCoverage::agreementIfAny).map(a -> a.id()).orElse(null);
        e.applicantRef = request.applicant().value();
        e.verification = "PENDING";
        e.formJson = StoredRequests.formJson(form);
        e.documentsJson = StoredRequests.documentsJson(documents);
        e.createdAt = now.toEpochMilli();
        StoredRequests.applyState(e, request, now);
        em.persist(e);
        em.flush();
        stored.persistHistory(e.id, request.history(), 0);

        FederationCaseEntity fc = new FederationCaseEntity();
        fc.requestId = e.id;
        fc.caseRole = FederationCaseEntity.COMPETENT;
        fc.partner = env.sender().value();
        fc.reference = c.reference();
        fc.serviceCode = c.service().value();
        fc.filedOn = c.filedOn().toString();
        fc.agreementId = v.coverageIfChecked().flatMap(AgreementCoverage::agreementIfAny).map(a -> a.id()).orElse(null);
        fc.state = FederationCaseEntity.DELIVERED;
        fc.receiptId = v.receipt().receiptId();
        fc.updatedAt = now.toEpochMilli();
        em.persist(fc);
        outbox.enqueue(Outbox.POPULATION_VERIFY, e.id, "submitted", JSON.createObjectBuilder()
                .add("requestId", e.id).add("service", e.serviceCode).build().toString(), now.toEpochMilli());
        if (localRefusal != null) {
            outbox.enqueue(Outbox.STATUS_CHANGED, e.id, Integer.toString(request.history().size()),
                    statusPayload(e), now.toEpochMilli());
        }
        String detail = claimedOffice != null && !claimedOffice.equals(office.value())
                ? "routed to " + office.value() + " (filing node named " + claimedOffice + ")" : "routed to " + office.value();
        event("IN", env, "ACCEPTED", null, detail);
        em.flush();
        AuditHeadEntity head = audit.lockHead();
        audit.append(head, now.toEpochMilli(), "NODE:" + env.sender().value(), "FEDERATION_RECEIVE",
                "service-request", e.id, RequestStatus.DRAFT.name(), request.status().name());
        em.flush();
    }

    private void receiveStatus(Envelope env) {
        CaseRef c = env.caseRef();
        Optional<FederationCaseEntity> found = findCase(env.sender(), c.reference(), FederationCaseEntity.FILING);
        if (found.isEmpty()) {
            event("IN", env, "IGNORED", null, "no forwarded request with this reference");
            return;
        }
        FederationCaseEntity fc = found.get();
        RequestEntity e = em.find(RequestEntity.class, fc.requestId);
        ServiceRequest before = stored.restore(e);
        RequestStatus target;
        try {
            target = RequestStatus.valueOf(String.valueOf(env.payload().get("status")));
        } catch (IllegalArgumentException ex) {
            event("IN", env, "IGNORED", null, "unknown status");
            return;
        }
        List<RequestAction> path = pathTo(before.status(), target);
        if (path.isEmpty()) {
            event("IN", env, "IGNORED", null, "status " + target + " already reached or behind " + before.status());
            return;
        }
        Instant changedAt = Instant.parse(String.valueOf(env.payload().get("changedAt"))).truncatedTo(ChronoUnit.MILLIS);
        Instant at = changedAt.isBefore(before.lastEventAt()) ? before.lastEventAt() : changedAt;
        Object reasonValue = env.payload().get("reason");
        String remoteReason = reasonValue instanceof String s && !s.isBlank() ? s : null;
        Actor actor = Actor.system(nodeActor(env.sender()));
        ServiceRequest after = before;
        for (int i = 0; i < path.size(); i++) {
            RequestAction a = path.get(i);
            boolean last = i == path.size() - 1;
            String reason = last ? remoteReason : null;
            if (reason == null && a.requiresReason()) {
                reason = FederationNode.bilingual(LocalizedMessage.of(BUNDLE, "status.decided-remotely",
                        env.sender().value()));
            }
            after = after.apply(a, actor, at, reason);
        }
        Instant now = now();
        StoredRequests.applyState(e, after, now);
        stored.persistHistory(e.id, after.history(), before.history().size());
        fc.updatedAt = now.toEpochMilli();
        outbox.enqueue(Outbox.STATUS_CHANGED, e.id, Integer.toString(after.history().size()), statusPayload(e),
                now.toEpochMilli());
        event("IN", env, "ACCEPTED", null, before.status() + " -> " + after.status());
        em.flush();
        AuditHeadEntity head = audit.lockHead();
        audit.append(head, now.toEpochMilli(), "NODE:" + env.sender().value(), "FEDERATION_STATUS",
                "service-request", e.id, before.status().name(), after.status().name());
        em.flush();
    }

    private Optional<Envelope> statusOf(Envelope query) {
        CaseRef c = query.caseRef();
        return findCase(query.sender(), c.reference(), FederationCaseEntity.COMPETENT).map(fc -> {
            RequestEntity e = em.find(RequestEntity.class, fc.requestId);
            return Envelope.builder().type(MessageType.STATUS_UPDATE).sender(node.regency()).receiver(query.sender())
                    .sentAt(now()).caseRef(c).payload(Map.of("status", e.status,
                            "changedAt", Instant.ofEpochMilli(e.updatedAt).toString())).build();
        });
    }

    private void recordRefusal(MessageRejectedException refusal) {
        Optional<Receipt> receipt = refusal.receipt();
        FederationEventEntity ev = new FederationEventEntity();
        ev.occurredAt = System.currentTimeMillis();
        ev.direction = "IN";
        ev.partner = receipt.map(r -> r.recipient().value()).orElse(null);
        ev.messageId = receipt.map(Receipt::messageId).orElse(null);
        ev.outcome = "REFUSED";
        ev.refusal = refusal.refusal().code();
        ev.detail = truncate(FederationNode.bilingual(refusal.localizedMessage()), 500);
        em.persist(ev);
        em.flush();
        AuditHeadEntity head = audit.lockHead();
        audit.append(head, ev.occurredAt, "NODE:" + (ev.partner == null ? "unknown" : ev.partner),
                "FED_" + refusal.refusal().name(), "federation-message",
                ev.messageId == null ? "unreadable" : ev.messageId, null, "REFUSED");
        em.flush();
        LOG.warning(() -> "Federation message refused: " + refusal.refusal().code() + " from "
                + (ev.partner == null ? "an unreadable sender" : ev.partner) + ", message "
                + (ev.messageId == null ? "?" : ev.messageId));
    }

    // ---- sending -----------------------------------------------------------------------------

    /** What to send for one outbox message, prepared once. */
    public record Outgoing(String dedupKey, Envelope envelope) {
    }

    /**
     * The envelope to send for an outbox message, built and stored on the first attempt and read back
     * on every later one; empty when nothing is to be sent (already settled, or refused here before
     * sending, in which case the request went back to the filing counter).
     *
     * @throws id.simpul.federation.DirectoryRejectedException when this node's directory cannot be used now (retry)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outgoing> prepare(String topic, String dedupKey, String payloadJson) {
        FederationOutgoingEntity out = em.find(FederationOutgoingEntity.class, dedupKey);
        if (out != null) {
            return FederationOutgoingEntity.PENDING.equals(out.state)
                    ? Optional.of(new Outgoing(dedupKey, Envelope.parse(out.envelope))) : Optional.empty();
        }
        JsonObject p = JSON.createReader(new StringReader(payloadJson)).readObject();
        RequestEntity e = em.find(RequestEntity.class, p.getString("requestId"));
        if (e == null) {
            LOG.warning(() -> "Federation message " + dedupKey + " names a request that is not stored; dropped");
            return Optional.empty();
        }
        RegionCode partner = RegionCode.parse(p.getString("toRegency"));
        Envelope envelope = FederationTopics.FORWARD.equals(topic) ? forwardEnvelope(dedupKey, e, partner, p)
                : statusEnvelope(dedupKey, e, partner, p);
        if (envelope == null) {
            return Optional.empty();
        }
        out = new FederationOutgoingEntity();
        out.dedupKey = dedupKey;
        out.messageId = envelope.messageId();
        out.partner = partner.value();
        out.kind = envelope.type().name();
        out.requestId = e.id;
        out.envelope = envelope.toJsonText();
        out.state = FederationOutgoingEntity.PENDING;
        out.createdAt = System.currentTimeMillis();
        out.updatedAt = out.createdAt;
        em.persist(out);
        return Optional.of(new Outgoing(dedupKey, envelope));
    }

    private Envelope forwardEnvelope(String dedupKey, RequestEntity e, RegionCode partner, JsonObject p) {
        Directory directory = federation.directory();
        Instant now = now();
        LocalDate today = now.atZone(zone()).toLocalDate();
        ServiceCode service = ServiceCode.of(e.serviceCode);
        AgreementCoverage coverage = directory.coverage(node.regency(), partner, service, today);
        FederationCaseEntity fc = em.find(FederationCaseEntity.class, e.id);
        if (fc == null) {
            fc = new FederationCaseEntity();
            fc.requestId = e.id;
            fc.caseRole = FederationCaseEntity.FILING;
            fc.partner = partner.value();
            fc.reference = RegistrationNumber.parse(e.registrationNumber).value();
            fc.serviceCode = e.serviceCode;
            fc.filedOn = Instant.ofEpochMilli(e.createdAt).atZone(zone()).toLocalDate().toString();
            em.persist(fc);
        }
        fc.agreementId = coverage.agreementIfAny().map(a -> a.id())
                .orElse(p.containsKey("agreement") && !p.isNull("agreement") ? p.getString("agreement") : null);
        fc.updatedAt = now.toEpochMilli();
        if (!coverage.covered()) {
            String key = "returned." + coverage.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
            String day = coverage.agreementIfAny().map(a -> switch (coverage.verdict()) {
                case NOT_YET_IN_FORCE -> a.effectiveFrom().toString();
                case EXPIRED -> String.valueOf(a.effectiveUntil());
                case TERMINATED -> String.valueOf(a.terminatedFrom());
                default -> today.toString();
            }).orElse(today.toString());
            String reason = FederationNode.bilingual(LocalizedMessage.of(BUNDLE, key, node.regency().value(),
                    partner.value(), service.value(), fc.agreementId == null ? "-" : fc.agreementId, day));
            returnToCounter(e, fc, coverage.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'), reason,
                    node.regency());
            outEvent(partner, MessageType.FORWARD_REQUEST, null, fc.reference, "REFUSED", fc.refusal, "before sending");
            return null;
        }
        FormData form = StoredRequests.readForm(e.formJson);
        Map<String, Object> formMap = new LinkedHashMap<>();
        form.asMap().forEach((k, v) -> formMap.put(k, List.copyOf(v)));
        DataMinimiser.Minimised minimised = DataMinimiser.minimise(formMap, coverage);
        fc.withheld = truncate(String.join(",", minimised.withheld()), 2000);
        fc.state = FederationCaseEntity.FORWARDING;
        Map<String, Object> routing = new LinkedHashMap<>();
        routing.put("competentOffice", e.competentAgency);
        routing.put("filingAgency", e.filingAgency);
        routing.put("filingChannel", e.filingChannel);
        routing.put("subjectRegion", e.subjectRegion);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (SubmittedDocument d : StoredRequests.readDocuments(e.documentsJson)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.code());
            d.issuedOn().ifPresent(x -> m.put("issuedOn", x.toString()));
            documents.add(m);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("fields", minimised.fields());
        payload.put("routing", routing);
        payload.put("documents", documents);
        return Envelope.builder().messageId(messageId(dedupKey)).type(MessageType.FORWARD_REQUEST)
                .sender(node.regency()).receiver(partner).sentAt(now)
                .caseRef(new CaseRef(node.regency(), partner, service, LocalDate.parse(fc.filedOn), fc.reference))
                .payload(payload).build();
    }

    private Envelope statusEnvelope(String dedupKey, RequestEntity e, RegionCode partner, JsonObject p) {
        FederationCaseEntity fc = em.find(FederationCaseEntity.class, e.id);
        if (fc == null || !FederationCaseEntity.COMPETENT.equals(fc.caseRole)) {
            return null;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("status", p.getString("status"));
        payload.put("changedAt", p.getString("changedAt"));
        if (p.containsKey("reason") && p.get("reason").getValueType() == JsonValue.ValueType.STRING) {
            payload.put("reason", truncate(p.getString("reason"), 2000));
        }
        return Envelope.builder().messageId(messageId(dedupKey)).type(MessageType.STATUS_UPDATE)
                .sender(node.regency()).receiver(partner).sentAt(now())
                .caseRef(new CaseRef(partner, node.regency(), ServiceCode.of(fc.serviceCode),
                        LocalDate.parse(fc.filedOn), fc.reference))
                .payload(payload).build();
    }

    /** The partner signed a receipt: the message is settled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(Outgoing sent, Receipt receipt) {
        FederationOutgoingEntity out = em.find(FederationOutgoingEntity.class, sent.dedupKey());
        if (out == null || !FederationOutgoingEntity.PENDING.equals(out.state)) {
            return;
        }
        out.state = FederationOutgoingEntity.DELIVERED;
        out.receipt = receipt.compact();
        out.updatedAt = System.currentTimeMillis();
        if (sent.envelope().type() == MessageType.FORWARD_REQUEST) {
            FederationCaseEntity fc = em.find(FederationCaseEntity.class, out.requestId);
            if (fc != null) {
                fc.state = FederationCaseEntity.DELIVERED;
                fc.receiptId = receipt.receiptId();
                fc.updatedAt = out.updatedAt;
            }
        }
        outEvent(sent.envelope().receiver(), sent.envelope().type(), sent.envelope().messageId(),
                sent.envelope().caseRef().reference(), "DELIVERED", null, "receipt " + receipt.receiptId());
    }

    /**
     * The partner refused for good: a forward goes back to the filing counter with the partner's
     * reason; a refused status update is recorded for the operator.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refusedByPartner(Outgoing sent, PartnerRefusedException refusal) {
        FederationOutgoingEntity out = em.find(FederationOutgoingEntity.class, sent.dedupKey());
        if (out == null || !FederationOutgoingEntity.PENDING.equals(out.state)) {
            return;
        }
        out.state = FederationOutgoingEntity.REFUSED;
        out.refusal = refusal.refusal().code();
        out.receipt = refusal.receipt().map(Receipt::compact).orElse(null);
        out.updatedAt = System.currentTimeMillis();
        Envelope env = sent.envelope();
        outEvent(env.receiver(), env.type(), env.messageId(), env.caseRef().reference(), "REFUSED",
                refusal.refusal().code(), null);
        if (env.type() == MessageType.FORWARD_REQUEST) {
            RequestEntity e = em.find(RequestEntity.class, out.requestId);
            FederationCaseEntity fc = em.find(FederationCaseEntity.class, out.requestId);
            String detail = refusal.localizedMessage().args().size() > 2
                    ? String.valueOf(refusal.localizedMessage().args().get(2)) : "";
            String reason = FederationNode.bilingual(LocalizedMessage.of(BUNDLE, "returned.partner",
                    env.receiver().value(), refusal.refusal().code(), detail));
            returnToCounter(e, fc, refusal.refusal().code(), reason, env.receiver());
        } else {
            LOG.warning(() -> "Partner " + env.receiver().value() + " refused status update " + env.messageId()
                    + ": " + refusal.refusal().code());
        }
    }

    /** A delivery attempt failed and will be retried; recorded for the operator. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void willRetry(Outgoing sent, String why) {
        Envelope env = sent.envelope();
        outEvent(env.receiver(), env.type(), env.messageId(), env.caseRef().reference(), "RETRY", null,
                truncate(why, 500));
    }

    /**
     * Turns a status change of a request received from a filing node into a {@link FederationTopics#STATUS}
     * message for that node, once per change; does nothing for other requests.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void relayStatus(String dedupKey, String payloadJson) {
        JsonObject p = JSON.createReader(new StringReader(payloadJson)).readObject();
        String requestId = p.getString("requestId", null);
        FederationCaseEntity fc = requestId == null ? null : em.find(FederationCaseEntity.class, requestId);
        if (fc == null || !FederationCaseEntity.COMPETENT.equals(fc.caseRole)) {
            return;
        }
        String event = dedupKey.substring(dedupKey.lastIndexOf(':') + 1);
        String relayKey = FederationTopics.STATUS + ":" + requestId + ":" + event;
        long already = em.createQuery("select count(m) from OutboxEntity m where m.dedupKey = :k", Long.class)
                .setParameter("k", relayKey).getSingleResult();
        if (already > 0) {
            return;
        }
        List<HistoryEntity> history = stored.history(requestId);
        HistoryEntity change = null;
        try {
            int entry = Integer.parseInt(event) - 1;
            change = history.stream().filter(h -> h.entryNo == entry).findFirst().orElse(null);
        } catch (NumberFormatException ignored) {
            // not a history count: take the latest entry
        }
        if (change == null && !history.isEmpty()) {
            change = history.get(history.size() - 1);
        }
        if (change == null) {
            return;
        }
        var b = JSON.createObjectBuilder().add("requestId", requestId).add("toRegency", fc.partner)
                .add("status", change.toStatus).add("changedAt", Instant.ofEpochMilli(change.occurredAt).toString());
        if (change.reason != null) {
            b.add("reason", change.reason);
        }
        outbox.enqueue(FederationTopics.STATUS, requestId, event, b.build().toString(), System.currentTimeMillis());
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void returnToCounter(RequestEntity e, FederationCaseEntity fc, String refusalCode, String reason,
            RegionCode by) {
        fc.state = FederationCaseEntity.REFUSED;
        fc.refusal = refusalCode;
        fc.updatedAt = System.currentTimeMillis();
        ServiceRequest before = stored.restore(e);
        if (!RequestAction.RETURN_FOR_COMPLETION.isAllowedFrom(before.status())) {
            LOG.warning(() -> "Request " + e.id + " refused by federation partner but already " + before.status());
            return;
        }
        Instant now = now();
        if (now.isBefore(before.lastEventAt())) {
            now = before.lastEventAt();
        }
        ServiceRequest after = before.apply(RequestAction.RETURN_FOR_COMPLETION, Actor.system(nodeActor(by)), now,
                truncate(reason, 2000));
        StoredRequests.applyState(e, after, now);
        stored.persistHistory(e.id, after.history(), before.history().size());
        outbox.enqueue(Outbox.STATUS_CHANGED, e.id, Integer.toString(after.history().size()), statusPayload(e),
                now.toEpochMilli());
        em.flush();
        AuditHeadEntity head = audit.lockHead();
        audit.append(head, now.toEpochMilli(), "NODE:" + by.value(), "FEDERATION_RETURN", "service-request", e.id,
                before.status().name(), after.status().name());
        em.flush();
    }

    private Optional<FederationCaseEntity> findCase(RegionCode partner, String reference, String role) {
        return em.createQuery("select c from FederationCaseEntity c where c.partner = :p and c.reference = :r"
                        + " and c.caseRole = :role", FederationCaseEntity.class)
                .setParameter("p", partner.value()).setParameter("r", reference).setParameter("role", role)
                .getResultStream().findFirst();
    }

    private void event(String direction, Envelope env, String outcome, String refusal, String detail) {
        FederationEventEntity ev = new FederationEventEntity();
        ev.occurredAt = System.currentTimeMillis();
        ev.direction = direction;
        ev.partner = env.sender().value();
        ev.kind = env.type().name();
        ev.messageId = env.messageId();
        ev.reference = env.caseRef().reference();
        ev.outcome = outcome;
        ev.refusal = refusal;
        ev.detail = detail == null ? null : truncate(detail, 500);
        em.persist(ev);
    }

    private void outEvent(RegionCode partner, MessageType kind, String messageId, String reference, String outcome,
            String refusal, String detail) {
        FederationEventEntity ev = new FederationEventEntity();
        ev.occurredAt = System.currentTimeMillis();
        ev.direction = "OUT";
        ev.partner = partner.value();
        ev.kind = kind.name();
        ev.messageId = messageId;
        ev.reference = reference;
        ev.outcome = outcome;
        ev.refusal = refusal;
        ev.detail = detail;
        em.persist(ev);
    }

    /** The shortest path of actions a partner node (role SYSTEM) may take from one status to another. */
    static List<RequestAction> pathTo(RequestStatus from, RequestStatus to) {
        if (from == to) {
            return List.of();
        }
        Map<RequestStatus, List<RequestAction>> best = new HashMap<>();
        best.put(from, List.of());
        Deque<RequestStatus> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            RequestStatus s = queue.removeFirst();
            for (RequestAction a : RequestAction.values()) {
                if (a.isAllowedFrom(s) && a.isPermittedFor(ActorRole.SYSTEM) && !best.containsKey(a.target())) {
                    List<RequestAction> path = new ArrayList<>(best.get(s));
                    path.add(a);
                    if (a.target() == to) {
                        return path;
                    }
                    best.put(a.target(), path);
                    queue.addLast(a.target());
                }
            }
        }
        return List.of();
    }

    private static String messageId(String dedupKey) {
        return UUID.nameUUIDFromBytes(dedupKey.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String nodeActor(RegionCode node) {
        return "node:" + node.value();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String string(Map<String, Object> m, String key) {
        return m.get(key) instanceof String s && !s.isBlank() ? s : null;
    }

    private static RegionCode regionWithin(String text, RegionCode regency) {
        return Optional.ofNullable(text).flatMap(RegionCode::tryParse)
                .filter(r -> r.level() != RegionLevel.PROVINCE && r.truncate(RegionLevel.REGENCY).equals(regency))
                .orElse(regency);
    }

    private static Optional<Channel> channel(String text) {
        for (Channel c : Channel.values()) {
            if (c.name().equals(text)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static FormData form(Map<String, Object> fields) {
        FormData.Builder b = FormData.builder();
        fields.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                b.put(k, list.stream().map(String::valueOf).toList());
            } else if (v != null) {
                b.put(k, String.valueOf(v));
            }
        });
        return b.build();
    }

    private static List<SubmittedDocument> documents(Object value) {
        List<SubmittedDocument> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object o : list) {
                Map<String, Object> m = object(o);
                String code = string(m, "code");
                if (code == null) {
                    continue;
                }
                String issued = string(m, "issuedOn");
                out.add(issued == null ? SubmittedDocument.of(code) : SubmittedDocument.of(code, LocalDate.parse(issued)));
            }
        }
        return out;
    }

    private static String statusPayload(RequestEntity e) {
        return JSON.createObjectBuilder().add("requestId", e.id).add("registrationNumber", e.registrationNumber)
                .add("service", e.serviceCode).add("status", e.status).add("competentOffice", e.competentAgency)
                .build().toString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }

    private ZoneId zone() {
        return calendar.serviceHours().zone();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
