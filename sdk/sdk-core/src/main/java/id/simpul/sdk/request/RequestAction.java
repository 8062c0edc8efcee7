package id.simpul.sdk.request;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a service request: the edges of the status machine. Each action names the
 * statuses it starts from, the status it leads to, who may take it, whether a reason is required,
 * and what it does to the SLA clock.
 */
public enum RequestAction {
    /** File the request; starts the SLA clock. */
    SUBMIT(EnumSet.of(RequestStatus.DRAFT), RequestStatus.SUBMITTED, false,
            EnumSet.of(ActorRole.APPLICANT, ActorRole.OFFICER)),
    /** Find the papers complete. */
    VERIFY(EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.VERIFIED, false,
            EnumSet.of(ActorRole.OFFICER, ActorRole.SYSTEM)),
    /** Send back for completion; pauses the SLA clock; the reason says what is missing. */
    RETURN_FOR_COMPLETION(EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.RETURNED, true,
            EnumSet.of(ActorRole.OFFICER, ActorRole.SYSTEM)),
    /** Hand in the completed papers; resumes the SLA clock. */
    RESUBMIT(EnumSet.of(RequestStatus.RETURNED), RequestStatus.SUBMITTED, false,
            EnumSet.of(ActorRole.APPLICANT, ActorRole.OFFICER)),
    /** Begin deciding or producing. */
    START_PROCESSING(EnumSet.of(RequestStatus.VERIFIED), RequestStatus.IN_PROCESS, false,
            EnumSet.of(ActorRole.OFFICER, ActorRole.SYSTEM)),
    /** Finish with the product; stops the SLA clock. */
    COMPLETE(EnumSet.of(RequestStatus.IN_PROCESS), RequestStatus.COMPLETED, false,
            EnumSet.of(ActorRole.OFFICER, ActorRole.SYSTEM)),
    /** Refuse, from the completeness check up to the decision; stops the SLA clock. */
    REJECT(EnumSet.of(RequestStatus.SUBMITTED, RequestStatus.VERIFIED, RequestStatus.IN_PROCESS),
            RequestStatus.REJECTED, true, EnumSet.of(ActorRole.OFFICER, ActorRole.SYSTEM)),
    /** Withdraw, by the applicant, before verification; stops the SLA clock if it runs. */
    CANCEL(EnumSet.of(RequestStatus.DRAFT, RequestStatus.SUBMITTED, RequestStatus.RETURNED),
            RequestStatus.CANCELLED, true, EnumSet.of(ActorRole.APPLICANT));

    private final Set<RequestStatus> from;
    private final RequestStatus to;
    private final boolean reasonRequired;
    private final Set<ActorRole> roles;

    RequestAction(Set<RequestStatus> from, RequestStatus to, boolean reasonRequired, Set<ActorRole> roles) {
        this.from = from;
        this.to = to;
        this.reasonRequired = reasonRequired;
        this.roles = roles;
    }

    public boolean isAllowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    /** The status the action leads to. */
    public RequestStatus target() {
        return to;
    }

    public boolean requiresReason() {
        return reasonRequired;
    }

    /** Whether someone in the role may take the action. */
    public boolean isPermittedFor(ActorRole role) {
        return roles.contains(role);
    }

    /** The statuses the action starts from. */
    public Set<RequestStatus> sources() {
        return Collections.unmodifiableSet(from);
    }

    /** The roles that may take the action. */
    public Set<ActorRole> permittedRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
