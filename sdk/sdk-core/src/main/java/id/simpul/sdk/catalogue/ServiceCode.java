package id.simpul.sdk.catalogue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code of a service type (kode jenis layanan), e.g. {@code ADM-KTP-HILANG}: upper-case segments of
 * letters and digits joined by {@code -}, the first starting with a letter, at most 40 characters.
 * The first segment is by convention the family ({@code ADM} population administration, {@code KEC}
 * kecamatan, {@code PRZ} licensing, {@code POL} police).
 *
 * @param value the code
 */
public record ServiceCode(String value) implements Comparable<ServiceCode> {

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final int MAX_LENGTH = 40;

    public ServiceCode {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidCatalogueException("service.code.shape", value.length() > 60 ? value.substring(0, 60) : value);
        }
    }

    /** Parses a code; surrounding spaces are ignored, case is not (codes are upper case). */
    public static ServiceCode of(String value) {
        return new ServiceCode(Objects.requireNonNull(value, "value").strip());
    }

    /** Whether the text is a well-formed service code. */
    public static boolean isWellFormed(String value) {
        return value != null && value.length() <= MAX_LENGTH && SHAPE.matcher(value).matches();
    }

    /** The first segment, e.g. {@code ADM}. */
    public String family() {
        int dash = value.indexOf('-');
        return dash < 0 ? value : value.substring(0, dash);
    }

    @Override
    public int compareTo(ServiceCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
