package id.simpul.sdk.request;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.SlaClock;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.SubmittedDocument;
import id.simpul.sdk.region.RegionCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A citizen's request for a service (permohonan), from draft to decision. Immutable: every action
 * returns a new request with one more {@link HistoryEntry}, or throws and changes nothing.
 *
 * <p>The request holds what the authority rules and the counters need: the service and the
 * version of its standard it is judged by, the region it concerns, where it was filed, the office
 * competent to decide, the form and documents, the status, the SLA clock and the history. The
 * applicant is an opaque {@link ApplicantRef}, never a NIK, and {@link #toString()} shows no form
 * values.
 *
 * <p>Repeating the last action with the same actor, time and reason returns the request unchanged,
 * so a retried call never records an action twice.
 *
 * <p>Status rules are in {@link RequestAction}. The SLA clock starts on {@code SUBMIT}, pauses on
 * {@code RETURN_FOR_COMPLETION}, resumes on {@code RESUBMIT} and stops on {@code COMPLETE},
 * {@code REJECT} and {@code CANCEL}.
 */
public final class ServiceRequest {

    private static final int MAX_REASON_LENGTH = 2000;

    private final ServiceRequestId id;
    private final RegistrationNumber registrationNumber;
    private final ApplicantRef applicant;
    private final ServiceCode service;
    private final int standardVersion;
    private final RegionCode subjectRegion;
    private final FilingPoint filingPoint;
    private final AgencyId competentAgency;
    private final FormData form;
    private final List<SubmittedDocument> documents;
    private final RequestStatus status;
    private final SlaClock slaClock;
    private final List<HistoryEntry> history;
    private final Instant createdAt;

    private ServiceRequest(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.registrationNumber = Objects.requireNonNull(b.registrationNumber, "registrationNumber");
        this.applicant = Objects.requireNonNull(b.applicant, "applicant");
        this.service = Objects.requireNonNull(b.service, "service");
        if (b.standardVersion < 1) {
            throw new InvalidRequestException("request.standard-version", String.valueOf(b.standardVersion));
        }
        this.standardVersion = b.standardVersion;
        this.subjectRegion = Objects.requireNonNull(b.subjectRegion, "subjectRegion");
        this.filingPoint = Objects.requireNonNull(b.filingPoint, "filingPoint");
        this.competentAgency = Objects.requireNonNull(b.competentAgency, "competentAgency");
        this.form = Objects.requireNonNull(b.form, "form");
        this.documents = List.copyOf(b.documents);
        this.slaClock = b.slaClock != null ? b.slaClock
                : SlaClock.notStarted(Objects.requireNonNull(b.serviceLevelSource, "slaClock").serviceLevel(),
                Objects.requireNonNull(b.calendar, "calendar"));
        this.history = List.copyOf(b.history);
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.status = history.isEmpty() ? RequestStatus.DRAFT : history.get(history.size() - 1).to();
        RequestInvariants.check(this);
    }

    /** A builder for a new draft, or for restoring a stored request with its history. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Takes an action. Repeating the last action exactly (a retry) returns this request unchanged.
     *
     * @param reason why; required for return, reject and cancel, optional otherwise
     * @throws IllegalTransitionException   when the status does not allow the action
     * @throws ActionNotPermittedException  when the actor's role may not take it
     * @throws InvalidRequestException      when a required reason is missing or the time is before the last event
     */
    public ServiceRequest apply(RequestAction action, Actor actor, Instant at, String reason) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (isRepeatOfLastAction(action, actor, at, reason)) {
            return this;
        }
        if (!action.isAllowedFrom(status)) {
            throw new IllegalTransitionException(status, action);
        }
        if (!action.isPermittedFor(actor.role())) {
            throw new ActionNotPermittedException(action, actor.role());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.requiresReason() && why == null) {
            throw new InvalidRequestException("request.reason.required", action.name());
        }
        if (why != null && why.length() > MAX_REASON_LENGTH) {
            throw new InvalidRequestException("request.reason.too-long", String.valueOf(MAX_REASON_LENGTH));
        }
        if (at.isBefore(lastEventAt())) {
            throw new InvalidRequestException("request.time.backwards", action.name(), at.toString(),
                    lastEventAt().toString());
        }
        SlaClock clock = RequestInvariants.clockAfter(action, slaClock, at);
        List<HistoryEntry> next = new ArrayList<>(history);
        next.add(HistoryEntry.of(action, status, action.target(), actor, at, why));
        return toBuilder().slaClock(clock).history(next).build();
    }

    /** A retried call (same action, actor, time and reason as the last entry) must not add a second entry. */
    private boolean isRepeatOfLastAction(RequestAction action, Actor actor, Instant at, String reason) {
        if (history.isEmpty()) {
            return false;
        }
        HistoryEntry last = history.get(history.size() - 1);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        return last.action() == action && last.actor().equals(actor) && last.at().equals(at)
                && last.reason().equals(Optional.ofNullable(why));
    }

    /** Files a draft; starts the SLA clock. */
    public ServiceRequest submit(Actor actor, Instant at) {
        return apply(RequestAction.SUBMIT, actor, at, null);
    }

    /**
     * Files a draft after checking its form and documents against the standard it names, with
     * the filing date in the office's time zone.
     *
     * @throws id.simpul.sdk.catalogue.InvalidFormException listing every problem
     * @throws InvalidRequestException when the standard is not the one the request names
     */
    public ServiceRequest submit(Actor actor, Instant at, ServiceStandard standard) {
        if (!standard.code().equals(service) || standard.version() != standardVersion) {
            throw new InvalidRequestException("request.standard.mismatch", service.value(),
                    String.valueOf(standardVersion), standard.code().value(), String.valueOf(standard.version()));
        }
        LocalDate filingDate = at.atZone(slaClock.calendar().serviceHours().zone()).toLocalDate();
        standard.validate(form, documents, filingDate).orThrow();
        return submit(actor, at);
    }

    public ServiceRequest verify(Actor actor, Instant at) {
        return apply(RequestAction.VERIFY, actor, at, null);
    }

    /** Sends the request back for completion; the reason tells the applicant what is missing. */
    public ServiceRequest returnForCompletion(Actor actor, Instant at, String reason) {
        return apply(RequestAction.RETURN_FOR_COMPLETION, actor, at, reason);
    }

    public ServiceRequest resubmit(Actor actor, Instant at) {
        return apply(RequestAction.RESUBMIT, actor, at, null);
    }

    public ServiceRequest startProcessing(Actor actor, Instant at) {
        return apply(RequestAction.START_PROCESSING, actor, at, null);
    }

    public ServiceRequest complete(Actor actor, Instant at) {
        return apply(RequestAction.COMPLETE, actor, at, null);
    }

    public ServiceRequest reject(Actor actor, Instant at, String reason) {
        return apply(RequestAction.REJECT, actor, at, reason);
    }

    public ServiceRequest cancel(Actor actor, Instant at, String reason) {
        return apply(RequestAction.CANCEL, actor, at, reason);
    }

    /**
     * The same request with a corrected form and documents; only while the applicant holds it
     * (draft or returned for completion).
     *
     * @throws InvalidRequestException in any other status
     */
    public ServiceRequest withApplication(FormData newForm, List<SubmittedDocument> newDocuments) {
        if (status != RequestStatus.DRAFT && status != RequestStatus.RETURNED) {
            throw new InvalidRequestException("request.edit.status", status.name());
        }
        return toBuilder().form(newForm).documents(newDocuments).build();
    }

    /**
     * The same request with its SLA clock operated outside a status change, e.g. OSS RBA's SLA stop,
     * resume, reset and restart (status codes 41–44): {@code r.withSlaClock(r.slaClock().reset(at))}.
     *
     * @throws InvalidRequestException when the clock's state does not fit the request's status
     */
    public ServiceRequest withSlaClock(SlaClock clock) {
        return toBuilder().slaClock(clock).build();
    }

    public ServiceRequestId id() {
        return id;
    }

    public RegistrationNumber registrationNumber() {
        return registrationNumber;
    }

    public ApplicantRef applicant() {
        return applicant;
    }

    /** The service asked for. */
    public ServiceCode service() {
        return service;
    }

    /** The version of the service's standard the request is judged by. */
    public int standardVersion() {
        return standardVersion;
    }

    /** The region the request concerns (e.g. where the building stands or the applicant lives). */
    public RegionCode subjectRegion() {
        return subjectRegion;
    }

    public FilingPoint filingPoint() {
        return filingPoint;
    }

    /** The office competent to decide, as the authority rules resolved it. */
    public AgencyId competentAgency() {
        return competentAgency;
    }

    public FormData form() {
        return form;
    }

    public List<SubmittedDocument> documents() {
        return documents;
    }

    public RequestStatus status() {
        return status;
    }

    public SlaClock slaClock() {
        return slaClock;
    }

    /** Every action taken, oldest first. */
    public List<HistoryEntry> history() {
        return history;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The time of the last action, or of creation. */
    public Instant lastEventAt() {
        return history.isEmpty() ? createdAt : history.get(history.size() - 1).at();
    }

    /** The actions the current status allows (the actor's role may narrow them further). */
    public List<RequestAction> allowedActions() {
        return status.allowedActions();
    }

    public Builder toBuilder() {
        return new Builder().id(id).registrationNumber(registrationNumber).applicant(applicant)
                .service(service, standardVersion).subjectRegion(subjectRegion).filingPoint(filingPoint)
                .competentAgency(competentAgency).form(form).documents(documents).slaClock(slaClock)
                .history(history).createdAt(createdAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceRequest r && id.equals(r.id) && registrationNumber.equals(r.registrationNumber)
                && applicant.equals(r.applicant) && service.equals(r.service) && standardVersion == r.standardVersion
                && subjectRegion.equals(r.subjectRegion) && filingPoint.equals(r.filingPoint)
                && competentAgency.equals(r.competentAgency) && form.equals(r.form) && documents.equals(r.documents)
                && status == r.status && slaClock.equals(r.slaClock) && history.equals(r.history)
                && createdAt.equals(r.createdAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, registrationNumber, applicant, service, standardVersion, subjectRegion, filingPoint,
                competentAgency, form, documents, status, slaClock, history, createdAt);
    }

    @Override
    public String toString() {
        return "ServiceRequest[" + registrationNumber + ", " + service + " v" + standardVersion + ", " + status + "]";
    }

    /**
     * Builder for {@link ServiceRequest}. A new draft needs an id, registration number, applicant,
     * service (or a standard), subject region, filing point, competent agency, creation time, and
     * either an SLA clock or a standard plus a calendar to make one. The status follows from the
     * history: a draft without history, else the last entry's target.
     */
    public static final class Builder {
        private ServiceRequestId id;
        private RegistrationNumber registrationNumber;
        private ApplicantRef applicant;
        private ServiceCode service;
        private int standardVersion;
        private ServiceStandard serviceLevelSource;
        private WorkingCalendar calendar;
        private RegionCode subjectRegion;
        private FilingPoint filingPoint;
        private AgencyId competentAgency;
        private FormData form = FormData.empty();
        private final List<SubmittedDocument> documents = new ArrayList<>();
        private SlaClock slaClock;
        private final List<HistoryEntry> history = new ArrayList<>();
        private Instant createdAt;

        private Builder() {
        }

        public Builder id(ServiceRequestId id) {
            this.id = id;
            return this;
        }

        public Builder registrationNumber(RegistrationNumber number) {
            this.registrationNumber = number;
            return this;
        }

        public Builder applicant(ApplicantRef applicant) {
            this.applicant = applicant;
            return this;
        }

        public Builder service(ServiceCode service, int standardVersion) {
            this.service = service;
            this.standardVersion = standardVersion;
            return this;
        }

        /** The service and standard version, and the SLA of a new clock together with {@link #calendar}. */
        public Builder standard(ServiceStandard standard) {
            this.serviceLevelSource = standard;
            return service(standard.code(), standard.version());
        }

        /** The calendar of a new SLA clock. */
        public Builder calendar(WorkingCalendar calendar) {
            this.calendar = calendar;
            return this;
        }

        public Builder subjectRegion(RegionCode region) {
            this.subjectRegion = region;
            return this;
        }

        public Builder filingPoint(FilingPoint filingPoint) {
            this.filingPoint = filingPoint;
            return this;
        }

        public Builder competentAgency(AgencyId agency) {
            this.competentAgency = agency;
            return this;
        }

        public Builder form(FormData form) {
            this.form = form;
            return this;
        }

        public Builder documents(List<SubmittedDocument> documents) {
            this.documents.clear();
            this.documents.addAll(documents);
            return this;
        }

        public Builder slaClock(SlaClock clock) {
            this.slaClock = clock;
            return this;
        }

        /** The history of a stored request, oldest first. */
        public Builder history(List<HistoryEntry> history) {
            this.history.clear();
            this.history.addAll(history);
            return this;
        }

        public Builder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        /**
         * Builds the request.
         *
         * @throws InvalidRequestException when the history is not a path through the status machine,
         *                                 goes back in time, or does not fit the SLA clock's state
         */
        public ServiceRequest build() {
            return new ServiceRequest(this);
        }
    }
}
