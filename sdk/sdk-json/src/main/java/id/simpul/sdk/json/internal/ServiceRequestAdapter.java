package id.simpul.sdk.json.internal;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.SlaClock;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.json.JsonSetupException;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.ActorRole;
import id.simpul.sdk.request.ApplicantRef;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import id.simpul.sdk.request.HistoryEntry;
import id.simpul.sdk.request.RegistrationNumber;
import id.simpul.sdk.request.RequestAction;
import id.simpul.sdk.request.RequestStatus;
import id.simpul.sdk.request.ServiceRequest;
import id.simpul.sdk.request.ServiceRequestId;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * ServiceRequest ⇄ its canonical JSON (specs/json-schema/service-request.schema.json). The applicant
 * travels as its opaque reference, never a NIK; the SLA clock as its stored snapshot, so a deadline
 * already announced does not move when holiday data is corrected. {@code status} is derived from
 * the history; a document whose status disagrees with its history is refused.
 *
 * <p>Reading needs the working calendar the clock counts in; writing does not. Given a catalogue,
 * reading also checks that the service and its standard version exist and that the clock counts
 * that standard's time limit.
 */
public final class ServiceRequestAdapter implements JsonbAdapter<ServiceRequest, JsonObject> {

    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final Pattern REGISTRATION = Pattern.compile("[0-9]{4}-[0-9]{6}-[0-9]{6}-[0-9]");
    private static final Pattern AGENCY_ID = Pattern.compile("[0-9]{2}(\\.[0-9]{2,4}){0,3}-[a-z0-9]+(-[a-z0-9]+)*");
    /** As {@code ServiceRequest} allows for a reason. */
    private static final int MAX_REASON_LENGTH = 2000;
    private static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::configName).toList();

    private final JsonOut out;
    private final WorkingCalendar calendar;
    private final ServiceCatalogue catalogue;

    ServiceRequestAdapter(JsonOut out, WorkingCalendar calendar, ServiceCatalogue catalogue) {
        this.out = out;
        this.calendar = calendar;
        this.catalogue = catalogue;
    }

    @Override
    public JsonObject adaptToJson(ServiceRequest r) {
        return out.object()
                .put("id", r.id().value())
                .put("registrationNumber", r.registrationNumber().value())
                .put("service", r.service().value())
                .put("standardVersion", r.standardVersion())
                .put("status", r.status().name())
                .put("applicant", r.applicant().value())
                .put("subjectRegion", r.subjectRegion().value())
                .put("filingPoint", out.object().put("agency", r.filingPoint().agency().value())
                        .put("channel", r.filingPoint().channel().configName()))
                .put("competentAgency", r.competentAgency().value())
                .put("form", form(r.form()))
                .put("documents", out.array(r.documents(), this::document))
                .put("createdAt", r.createdAt())
                .put("history", out.array(r.history(), this::historyEntry))
                .put("sla", sla(r.slaClock().snapshot()))
                .build();
    }

    private JsonValue form(FormData form) {
        JsonOut.Obj o = out.object();
        form.asMap().forEach((field, values) -> o.put(field, out.strings(values)));
        return o.build();
    }

    private JsonValue document(SubmittedDocument d) {
        return out.object().put("code", d.code()).put("issuedOn", d.issuedOn().orElse(null))
                .put("reference", d.reference().orElse(null)).build();
    }

    private JsonValue historyEntry(HistoryEntry e) {
        return out.object().put("action", e.action().name()).put("from", e.from().name()).put("to", e.to().name())
                .put("actor", out.object().put("id", e.actor().id()).put("role", e.actor().role().name()))
                .put("at", e.at()).put("reason", e.reason().orElse(null)).build();
    }

    private JsonValue sla(SlaClock.Snapshot s) {
        return out.object().put("level", Parts.serviceLevel(out, s.level())).put("state", s.state().name())
                .put("startedAt", s.startedAt()).put("deadline", s.deadline()).put("frozenAt", s.frozenAt())
                .put("stoppedAt", s.stoppedAt()).put("pausedTime", s.pausedTime()).put("lastEventAt", s.lastEventAt())
                .build();
    }

    @Override
    public ServiceRequest adaptFromJson(JsonObject json) {
        return read(JsonIn.root(json));
    }

    ServiceRequest read(JsonIn in) {
        if (calendar == null) {
            throw new JsonSetupException("json.calendar.required");
        }
        in.object("id", "registrationNumber", "service", "standardVersion", "status", "applicant", "subjectRegion",
                "filingPoint", "competentAgency", "form", "documents", "createdAt", "history", "sla");
        ServiceRequest.Builder b = ServiceRequest.builder()
                .id(value(in.get("id"), ServiceRequestId::of))
                .registrationNumber(value(in.get("registrationNumber"), REGISTRATION, "json.registration-number",
                        RegistrationNumber::parse))
                .service(value(in.get("service"), SERVICE_CODE, "json.service-code", ServiceCode::of),
                        in.get("standardVersion").integer(1, Integer.MAX_VALUE))
                .applicant(value(in.get("applicant"), ApplicantRef::of))
                .subjectRegion(Parts.regionCode(in.get("subjectRegion")))
                .filingPoint(filingPoint(in.get("filingPoint")))
                .competentAgency(agency(in.get("competentAgency")))
                .form(in.opt("form").map(ServiceRequestAdapter::form).orElse(FormData.empty()))
                .documents(in.opt("documents").map(l -> l.list(ServiceRequestAdapter::document)).orElse(List.of()))
                .createdAt(in.get("createdAt").instant())
                .history(in.opt("history").map(l -> l.list(ServiceRequestAdapter::historyEntry)).orElse(List.of()))
                .slaClock(sla(in.get("sla")));
        RequestStatus stated = in.get("status").enumValue(RequestStatus.class);
        ServiceRequest request = in.build(b::build);
        if (catalogue != null) {
            checkAgainstCatalogue(in, request);
        }
        if (request.status() != stated) {
            throw in.get("status").problem("json.request.status", stated.name(), request.status().name());
        }
        return request;
    }

    /** The service and version must be in the catalogue, and the clock must count the standard's time limit. */
    private void checkAgainstCatalogue(JsonIn in, ServiceRequest request) {
        if (!catalogue.contains(request.service())) {
            throw in.get("service").problem("json.request.service-unknown");
        }
        ServiceStandard standard = catalogue.find(request.service(), request.standardVersion())
                .orElseThrow(() -> in.get("standardVersion").problem("json.request.version-unknown",
                        catalogue.versions(request.service()).stream().map(s -> String.valueOf(s.version()))
                                .collect(Collectors.joining(", "))));
        if (!standard.serviceLevel().equals(request.slaClock().level())) {
            throw in.get("sla").get("level").problem("json.request.sla-level",
                    standard.serviceLevel().unit().name(), standard.serviceLevel().amount());
        }
    }

    private static <T> T value(JsonIn in, Function<String, T> make) {
        String text = in.text();
        return in.build(() -> make.apply(text));
    }

    private static <T> T value(JsonIn in, Pattern shape, String shapeKey, Function<String, T> make) {
        String text = in.shaped(shape, shapeKey);
        return in.build(() -> make.apply(text));
    }

    private static AgencyId agency(JsonIn in) {
        return value(in, AGENCY_ID, "json.agency-id", AgencyId::of);
    }

    private static FilingPoint filingPoint(JsonIn in) {
        in.object("agency", "channel");
        AgencyId agency = agency(in.get("agency"));
        Channel channel = in.get("channel").choice(Channel::fromConfigName, CHANNELS);
        return FilingPoint.of(agency, channel);
    }

    private static FormData form(JsonIn in) {
        FormData.Builder b = FormData.builder();
        for (Map.Entry<String, JsonIn> field : in.fields().entrySet()) {
            List<String> values = field.getValue().list(JsonIn::text);
            field.getValue().build(() -> b.put(field.getKey(), values));
        }
        return b.build();
    }

    private static SubmittedDocument document(JsonIn in) {
        in.object("code", "issuedOn", "reference");
        String code = in.get("code").text();
        LocalDate issuedOn = in.opt("issuedOn").map(JsonIn::date).orElse(null);
        String reference = in.opt("reference").map(JsonIn::text).orElse(null);
        return in.build(() -> (issuedOn == null ? SubmittedDocument.of(code) : SubmittedDocument.of(code, issuedOn))
                .withReference(reference));
    }

    private static HistoryEntry historyEntry(JsonIn in) {
        in.object("action", "from", "to", "actor", "at", "reason");
        RequestAction action = in.get("action").enumValue(RequestAction.class);
        RequestStatus from = in.get("from").enumValue(RequestStatus.class);
        RequestStatus to = in.get("to").enumValue(RequestStatus.class);
        Actor actor = actor(in.get("actor"));
        Instant at = in.get("at").instant();
        String reason = in.opt("reason").map(JsonIn::text).orElse(null);
        if (action.requiresReason() && (reason == null || reason.isBlank())) {
            throw (reason == null ? in.get("reason") : in.opt("reason").orElseThrow()).problem("json.reason.required",
                    action.name());
        }
        if (reason != null && reason.strip().length() > MAX_REASON_LENGTH) {
            throw in.opt("reason").orElseThrow().problem("json.field.too-long", MAX_REASON_LENGTH);
        }
        return in.build(() -> HistoryEntry.of(action, from, to, actor, at, reason));
    }

    private static Actor actor(JsonIn in) {
        in.object("id", "role");
        String id = in.get("id").text();
        ActorRole role = in.get("role").enumValue(ActorRole.class);
        return in.build(() -> new Actor(id, role));
    }

    private SlaClock sla(JsonIn in) {
        in.object("level", "state", "startedAt", "deadline", "frozenAt", "stoppedAt", "pausedTime", "lastEventAt");
        SlaClock.Snapshot snapshot = new SlaClock.Snapshot(
                Parts.serviceLevel(in.get("level")),
                in.get("state").enumValue(SlaClock.State.class),
                instant(in, "startedAt"), instant(in, "deadline"), instant(in, "frozenAt"), instant(in, "stoppedAt"),
                in.get("pausedTime").duration(),
                instant(in, "lastEventAt"));
        return in.build(() -> SlaClock.restore(snapshot, calendar));
    }

    private static Instant instant(JsonIn in, String field) {
        return in.opt(field).map(JsonIn::instant).orElse(null);
    }
}
