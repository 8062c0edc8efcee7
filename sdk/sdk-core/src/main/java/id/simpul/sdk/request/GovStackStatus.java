package id.simpul.sdk.request;

/** Application statuses of the GovStack registration building block, for channels that speak it. */
public enum GovStackStatus {
    /** Being handled. */
    PENDING,
    /** Decided in the applicant's favour and delivered. */
    APPROVED,
    /** Sent back to the applicant for correction or completion. */
    SENDBACK,
    /** Closed without the service. */
    REJECTED
}
