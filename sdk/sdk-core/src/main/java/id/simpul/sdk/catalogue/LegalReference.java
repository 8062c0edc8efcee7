package id.simpul.sdk.catalogue;

import java.util.Objects;

/**
 * A legal instrument a standard rests on (dasar hukum), as it is cited, e.g.
 * {@code Peraturan Presiden Nomor 96 Tahun 2018}, optionally with the provision, e.g. {@code Pasal 29}.
 *
 * @param instrument the instrument as cited
 * @param provision  the article or paragraph, or empty
 */
public record LegalReference(String instrument, String provision) {

    public LegalReference {
        Objects.requireNonNull(instrument, "instrument");
        if (instrument.isBlank()) {
            throw new InvalidCatalogueException("legal-reference.blank");
        }
        instrument = instrument.strip();
        provision = provision == null ? "" : provision.strip();
    }

    public static LegalReference of(String instrument) {
        return new LegalReference(instrument, "");
    }

    public static LegalReference of(String instrument, String provision) {
        return new LegalReference(instrument, provision);
    }

    /** The citation as one line, e.g. {@code UU Nomor 25 Tahun 2009, Pasal 21}. */
    public String citation() {
        return provision.isEmpty() ? instrument : instrument + ", " + provision;
    }

    @Override
    public String toString() {
        return citation();
    }
}
