package id.simpul.sdk.authority;

/**
 * The kinds of mistake {@link AuthorityConfiguration} finds when a configuration is loaded. Each
 * has a stable {@link #code()} for reports, APIs and tests.
 */
public enum ProblemKind {
    /** Two items of the same kind share an identifier. */
    DUPLICATE_ID("authority.config.duplicate-id"),
    /** An agency id is referred to but no agency has it. */
    UNKNOWN_AGENCY("authority.config.unknown-agency"),
    /** A service code is referred to but the catalogue has no such service. */
    UNKNOWN_SERVICE("authority.config.unknown-service"),
    /** A region code is well formed but not in the region dataset. */
    UNKNOWN_REGION("authority.config.unknown-region"),
    /** A region code is of the wrong level, e.g. a regency where a kecamatan is needed. */
    WRONG_REGION_LEVEL("authority.config.wrong-region-level"),
    /** An end date lies before a start date, or a revocation before the instrument takes effect. */
    DATES_OUT_OF_ORDER("authority.config.dates-out-of-order"),
    /** A delegation hands over a service its delegator holds no authority for. */
    DELEGATION_EXCEEDS_AUTHORITY("authority.config.delegation-exceeds-authority"),
    /** A delegation covers a kecamatan outside the delegator's territory. */
    DELEGATION_OUTSIDE_TERRITORY("authority.config.delegation-outside-territory"),
    /** A delegation's delegate is an office located outside the delegator's territory. */
    DELEGATE_OUTSIDE_TERRITORY("authority.config.delegate-outside-territory"),
    /** A delegation names the same office as delegator and delegate. */
    SELF_DELEGATION("authority.config.self-delegation"),
    /** A delegation applies on days its delegator's authority does not. */
    DELEGATION_OUTLIVES_AUTHORITY("authority.config.delegation-outlives-authority"),
    /** Two delegations could both apply to the same request. */
    AMBIGUOUS_DELEGATIONS("authority.config.ambiguous-delegations"),
    /** Two authorities cover the same service for the same region on the same day. */
    AMBIGUOUS_AUTHORITIES("authority.config.ambiguous-authorities"),
    /** Two agreements between the same regions cover the same service on the same day. */
    OVERLAPPING_AGREEMENTS("authority.config.overlapping-agreements"),
    /** An agreement names a region twice, or fewer than two distinct regions. */
    AGREEMENT_PARTIES("authority.config.agreement-parties"),
    /** A delegation condition names an attribute the service's form does not have, or compares it as another type. */
    CONDITION_ATTRIBUTE("authority.config.condition-attribute"),
    /** An authority's holder is located outside the territory it decides for. */
    HOLDER_OUTSIDE_TERRITORY("authority.config.holder-outside-territory");

    private final String code;

    ProblemKind(String code) {
        this.code = code;
    }

    /** The machine code, e.g. {@code authority.config.unknown-service}. */
    public String code() {
        return code;
    }
}
