package id.simpul.sdk.agency;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identifier of an agency, unique across all regencies, e.g. {@code 61.12-disdukcapil} or
 * {@code 61.12.01-kecamatan}: the home region code, a dash, and a lower-case slug.
 *
 * @param value the identifier
 */
public record AgencyId(String value) implements Comparable<AgencyId> {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{2}(\\.[0-9]{2,4}){0,3}-[a-z0-9]+(-[a-z0-9]+)*");

    public AgencyId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidAgencyException("agency.id.shape",
                    value.length() <= 60 ? value : value.substring(0, 60) + "\u2026");
        }
    }

    public static AgencyId of(String value) {
        return new AgencyId(value);
    }

    /** Whether the text has the shape of an agency id. */
    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public int compareTo(AgencyId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
