package id.simpul.sdk.spi.police;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The status of a police clearance (SKCK).
 *
 * @param number     the SKCK or application number
 * @param state      where it stands
 * @param office     the office handling it
 * @param issuedOn   date of issue, when issued
 * @param validUntil end of validity (usually six months), when issued
 */
public record SkckStatus(String number, SkckState state, PoliceOffice office, Optional<LocalDate> issuedOn,
                         Optional<LocalDate> validUntil) {

    public SkckStatus {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        if (state == SkckState.ISSUED && (issuedOn.isEmpty() || validUntil.isEmpty())) {
            throw new IllegalArgumentException("an issued SKCK has an issue date and a validity");
        }
    }

    public boolean validOn(LocalDate day) {
        return state == SkckState.ISSUED && !day.isBefore(issuedOn.orElseThrow())
                && !day.isAfter(validUntil.orElseThrow());
    }
}
