package id.simpul.adapters.polri.simulator;

import id.simpul.sdk.identity.Nik;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A lost-item report letter held by the simulator (Surat Keterangan Tanda Lapor Kehilangan).
 * The reporter is a synthetic NIK; {@link #toString()} shows only its masked form.
 *
 * @param number     e.g. {@code SKTLK/0007/XII/2026/POLSEK-611201}
 * @param office     issuing office
 * @param reportedOn day of the report
 * @param validUntil last day the letter is valid (14 days after the report)
 * @param revoked    whether the office withdrew the letter
 * @param items      what was reported lost
 * @param reporter   the reporter's synthetic NIK
 */
public record LostReportRecord(String number, PoliceOffice office, LocalDate reportedOn, LocalDate validUntil,
                               boolean revoked, List<LostItem> items, Nik reporter) {

    /** One line of the list of lost items, with a kind from the schema's {@code JenisBarang}. */
    public record LostItem(String kind, int quantity) {
    }

    public LostReportRecord {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(reportedOn, "reportedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(reporter, "reporter");
        items = List.copyOf(items);
    }

    /** {@code BERLAKU}, {@code KEDALUWARSA} or {@code DICABUT} on the given day. */
    public String statusOn(LocalDate day) {
        if (revoked) {
            return "DICABUT";
        }
        return day.isAfter(validUntil) ? "KEDALUWARSA" : "BERLAKU";
    }
}
