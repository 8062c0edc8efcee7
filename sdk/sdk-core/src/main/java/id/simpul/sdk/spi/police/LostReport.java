package id.simpul.sdk.spi.police;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A lost-item report letter (SKTLK) as the police system records it.
 *
 * @param letterNumber the number printed on the letter
 * @param office       the issuing office
 * @param issuedOn     date of issue
 * @param validUntil   last day of validity (usually 14 days after issue)
 * @param items        what was reported lost
 * @param revoked      whether the police withdrew the letter (e.g. the item was found)
 */
public record LostReport(String letterNumber, PoliceOffice office, LocalDate issuedOn, LocalDate validUntil,
                         List<LostItem> items, boolean revoked) {

    public LostReport {
        Objects.requireNonNull(letterNumber, "letterNumber");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        items = List.copyOf(items);
        if (validUntil.isBefore(issuedOn)) {
            throw new IllegalArgumentException("validUntil is before issuedOn");
        }
    }

    /** Whether the letter can be relied on that day: issued, not past its validity, not revoked. */
    public boolean validOn(LocalDate day) {
        return !revoked && !day.isBefore(issuedOn) && !day.isAfter(validUntil);
    }

    public boolean covers(LostItemKind kind) {
        return items.stream().anyMatch(i -> i.kind() == kind);
    }
}
