package id.simpul.sdk.authority;

import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Shape checks shared by the authority value types. */
final class Checks {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    private Checks() {
    }

    /** An identifier of a configuration item: letters, digits, dot, dash, underscore; at most 100 characters. */
    static String id(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidAuthorityException("id.shape", what, id == null ? "" : excerpt(id));
        }
        return id;
    }

    static <T> T required(T value, String what, String id, String field) {
        if (value == null) {
            throw new InvalidAuthorityException("field.required", what, id == null ? "?" : id, field);
        }
        return value;
    }

    static Set<ServiceCode> services(Collection<ServiceCode> services, String what, String id) {
        if (services.isEmpty()) {
            throw new InvalidAuthorityException("field.empty", what, id, "services");
        }
        return java.util.Collections.unmodifiableSet(new TreeSet<>(services));
    }

    static Set<RegionCode> regions(Collection<RegionCode> regions, String what, String id, String field) {
        if (regions.isEmpty()) {
            throw new InvalidAuthorityException("field.empty", what, id, field);
        }
        return java.util.Collections.unmodifiableSet(new TreeSet<>(regions));
    }

    static <T> List<T> list(Collection<T> items) {
        return List.copyOf(items);
    }

    static String excerpt(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
