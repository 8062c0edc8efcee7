package id.simpul.sdk.authority;

import java.time.LocalDate;

/** Where an instrument stands on a given day. */
public enum InstrumentStatus {
    /** Its effective date is still to come. */
    NOT_YET_IN_FORCE,
    /** It applies on that day. */
    IN_FORCE,
    /** Its end date has passed. */
    EXPIRED,
    /** Another instrument revoked or terminated it before its end. */
    REVOKED;

    /** The status of an instrument with a validity and an optional revocation on a date. */
    static InstrumentStatus of(Validity validity, Revocation revocation, LocalDate date) {
        if (validity.startsAfter(date)) {
            return NOT_YET_IN_FORCE;
        }
        boolean revoked = revocation != null && !date.isBefore(revocation.effective());
        if (validity.endedBefore(date)) {
            LocalDate end = validity.effectiveUntil().orElseThrow();
            return revoked && !revocation.effective().isAfter(end) ? REVOKED : EXPIRED;
        }
        return revoked ? REVOKED : IN_FORCE;
    }
}
