package id.simpul.sdk.authority;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A legal instrument as it is cited (produk hukum): a law, a Peraturan Pemerintah, a Peraturan
 * Bupati/Wali Kota, a Keputusan, or the number of a cooperation agreement (nomor perjanjian kerja
 * sama), e.g. {@code Peraturan Bupati Kubu Raya Nomor 12 Tahun 2023}, optionally narrowed to a
 * provision such as {@code Pasal 3 ayat (2)}.
 *
 * <p>Every link of a resolution's chain carries one, so an officer can show the citizen the rule
 * that makes an office competent.
 *
 * @param citation  the instrument as it is cited
 * @param provision the article or paragraph, or empty
 */
public record LegalInstrument(String citation, String provision) {

    private static final Pattern NUMBER_AND_YEAR =
            Pattern.compile("\\bNomor\\s+([^\\s,]+)\\s+Tahun\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LENGTH = 500;

    public LegalInstrument {
        citation = citation == null ? "" : citation.strip();
        provision = provision == null ? "" : provision.strip();
        if (citation.isEmpty()) {
            throw new InvalidAuthorityException("instrument.blank");
        }
        if (citation.length() > MAX_LENGTH || provision.length() > MAX_LENGTH) {
            throw new InvalidAuthorityException("instrument.too-long", MAX_LENGTH);
        }
    }

    public static LegalInstrument of(String citation) {
        return new LegalInstrument(citation, "");
    }

    public static LegalInstrument of(String citation, String provision) {
        return new LegalInstrument(citation, provision);
    }

    /** The number in "Nomor X Tahun Y", when the citation has that form. */
    public Optional<String> number() {
        Matcher m = NUMBER_AND_YEAR.matcher(citation);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The year in "Nomor X Tahun Y", when the citation has that form. */
    public OptionalInt year() {
        Matcher m = NUMBER_AND_YEAR.matcher(citation);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(2))) : OptionalInt.empty();
    }

    /** One line, e.g. {@code Peraturan Bupati Kubu Raya Nomor 12 Tahun 2023, Pasal 3}. */
    public String cite() {
        return provision.isEmpty() ? citation : citation + ", " + provision;
    }

    /** The same instrument narrowed to a provision. */
    public LegalInstrument at(String newProvision) {
        return new LegalInstrument(citation, Objects.requireNonNull(newProvision, "provision"));
    }

    @Override
    public String toString() {
        return cite();
    }
}
