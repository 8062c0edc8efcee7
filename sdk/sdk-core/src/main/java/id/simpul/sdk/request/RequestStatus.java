package id.simpul.sdk.request;

import java.util.Arrays;
import java.util.List;

/**
 * The canonical status of a service request:
 * {@code DRAFT → SUBMITTED → VERIFIED → IN_PROCESS → COMPLETED | REJECTED}, with
 * {@code SUBMITTED ⇄ RETURNED} (sent back for completion) and {@code CANCELLED} by the applicant
 * before verification. The actions that lead from one status to another are in {@link RequestAction}.
 */
public enum RequestStatus {
    /** Being prepared; not yet filed (draf). */
    DRAFT(Open311Status.OPEN, GovStackStatus.PENDING),
    /** Filed and waiting for the completeness check (diajukan). The SLA clock runs. */
    SUBMITTED(Open311Status.OPEN, GovStackStatus.PENDING),
    /** Sent back to the applicant to complete (dikembalikan). The SLA clock is paused. */
    RETURNED(Open311Status.OPEN, GovStackStatus.SENDBACK),
    /** Found complete (berkas lengkap, terverifikasi). */
    VERIFIED(Open311Status.OPEN, GovStackStatus.PENDING),
    /** Being decided or produced (diproses). */
    IN_PROCESS(Open311Status.OPEN, GovStackStatus.PENDING),
    /** Done; the product is ready (selesai). */
    COMPLETED(Open311Status.CLOSED, GovStackStatus.APPROVED),
    /** Refused, with a reason (ditolak). */
    REJECTED(Open311Status.CLOSED, GovStackStatus.REJECTED),
    /** Withdrawn by the applicant (dibatalkan). GovStack has no such status; it reads as REJECTED. */
    CANCELLED(Open311Status.CLOSED, GovStackStatus.REJECTED);

    private final Open311Status open311;
    private final GovStackStatus govStack;

    RequestStatus(Open311Status open311, GovStackStatus govStack) {
        this.open311 = open311;
        this.govStack = govStack;
    }

    /** Open311 {@code open} until completed, rejected or cancelled. */
    public Open311Status open311Status() {
        return open311;
    }

    /** The GovStack registration status. */
    public GovStackStatus govStackStatus() {
        return govStack;
    }

    /** Whether no action can change the status any more. */
    public boolean isFinal() {
        return allowedActions().isEmpty();
    }

    /** The actions that may be taken from this status. */
    public List<RequestAction> allowedActions() {
        return Arrays.stream(RequestAction.values()).filter(a -> a.isAllowedFrom(this)).toList();
    }
}
