package id.simpul.sdk.authority;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The end of an instrument by another one (pencabutan, or pengakhiran for an agreement): the
 * revoking instrument and the first day on which the revoked one no longer applies.
 *
 * @param instrument the instrument that revokes, e.g. {@code Peraturan Bupati Kubu Raya Nomor 3 Tahun 2026}
 * @param effective  the first day the revoked instrument no longer applies
 */
public record Revocation(LegalInstrument instrument, LocalDate effective) {

    public Revocation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(effective, "effective");
    }

    public static Revocation of(LegalInstrument instrument, LocalDate effective) {
        return new Revocation(instrument, effective);
    }

    public static Revocation of(String citation, LocalDate effective) {
        return new Revocation(LegalInstrument.of(citation), effective);
    }
}
