package id.simpul.sdk.authority;

/** Why the {@link AuthorityResolver} found no competent office; each names the {@link MissingLink}. */
public enum RefusalReason {
    UNKNOWN_SERVICE(MissingLink.SERVICE),
    UNKNOWN_SUBJECT_REGION(MissingLink.SUBJECT_REGION),
    /** The subject region is above the level the rules for the service are set at (e.g. a regency where kecamatan matter). */
    SUBJECT_REGION_TOO_COARSE(MissingLink.SUBJECT_REGION),
    UNKNOWN_FILING_OFFICE(MissingLink.FILING_OFFICE),
    /** The filing office has no counter where citizens file requests. */
    FILING_OFFICE_NOT_SERVICE_POINT(MissingLink.FILING_OFFICE),
    /** No authority covers the service for the subject region. */
    NO_AUTHORITY(MissingLink.AUTHORITY),
    /** An authority covers it, but not on that day. */
    AUTHORITY_NOT_IN_FORCE(MissingLink.AUTHORITY),
    /** The authority is exercised only by delegation, and no delegation covers the kecamatan. */
    NO_DELEGATION(MissingLink.DELEGATION),
    DELEGATION_NOT_YET_IN_FORCE(MissingLink.DELEGATION),
    DELEGATION_EXPIRED(MissingLink.DELEGATION),
    DELEGATION_REVOKED(MissingLink.DELEGATION),
    /** The request does not meet a condition of the delegation (or lacks the value it reads). */
    CONDITION_NOT_MET(MissingLink.CONDITION),
    /** The filing region and the competent region have no cooperation agreement. */
    NO_AGREEMENT(MissingLink.AGREEMENT),
    AGREEMENT_NOT_YET_IN_FORCE(MissingLink.AGREEMENT),
    AGREEMENT_EXPIRED(MissingLink.AGREEMENT),
    AGREEMENT_TERMINATED(MissingLink.AGREEMENT),
    /** An agreement is in force, but the filing region's counters may not accept this service under it. */
    SERVICE_OUTSIDE_AGREEMENT_SCOPE(MissingLink.AGREEMENT);

    private final MissingLink missingLink;

    RefusalReason(MissingLink missingLink) {
        this.missingLink = missingLink;
    }

    public MissingLink missingLink() {
        return missingLink;
    }

    /** Stable machine code, e.g. {@code authority.refused.delegation-revoked}. */
    public String code() {
        return "authority.refused." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
