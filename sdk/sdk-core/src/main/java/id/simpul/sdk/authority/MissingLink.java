package id.simpul.sdk.authority;

/** The link of the chain a {@link Refusal} found missing or broken. */
public enum MissingLink {
    /** The service asked for is not in the catalogue. */
    SERVICE,
    /** The subject region is unknown or too coarse to decide. */
    SUBJECT_REGION,
    /** The filing office is unknown or takes no requests. */
    FILING_OFFICE,
    /** No authority (kewenangan) covers the service for the region on that day. */
    AUTHORITY,
    /** The delegation (pelimpahan) the authority needs does not apply on that day. */
    DELEGATION,
    /** The request does not meet a condition of the delegation. */
    CONDITION,
    /** No cooperation agreement (PKS) lets the filing region accept the request. */
    AGREEMENT
}
