package id.simpul.adapters.polri.simulator;

import id.simpul.sdk.identity.Nik;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A police clearance held by the simulator (Surat Keterangan Catatan Kepolisian, SKCK), valid six
 * months from issue. The applicant is a synthetic NIK.
 *
 * @param number    e.g. {@code SKCK/0456/XI/2026/POLRES-6112}
 * @param office    issuing office
 * @param appliedOn day of the application
 * @param decision  {@code DIPROSES}, {@code TERBIT} or {@code DITOLAK}; expiry is computed per day
 * @param issuedOn  day of issue, when issued
 * @param applicant the applicant's synthetic NIK
 */
public record SkckRecord(String number, PoliceOffice office, LocalDate appliedOn, String decision,
                         LocalDate issuedOn, Nik applicant) {

    public SkckRecord {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(appliedOn, "appliedOn");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(applicant, "applicant");
        if ("TERBIT".equals(decision) != (issuedOn != null)) {
            throw new IllegalArgumentException("an SKCK has an issue date exactly when it was issued");
        }
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(issuedOn).map(d -> d.plusMonths(6).minusDays(1));
    }

    /** The status on the given day: an issued clearance past its validity is {@code KEDALUWARSA}. */
    public String statusOn(LocalDate day) {
        if ("TERBIT".equals(decision) && day.isAfter(validUntil().orElseThrow())) {
            return "KEDALUWARSA";
        }
        return decision;
    }
}
