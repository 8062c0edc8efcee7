package id.simpul.federation.internal;

import com.nimbusds.jose.util.JSONObjectUtils;
import id.simpul.federation.FederationDataException;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reading of a parsed JSON object, each failure naming the field's path. Parsing and writing
 * use Nimbus' JSON utilities, so the module needs no second JSON library.
 */
public final class JsonFields {

    private final Map<String, Object> map;
    private final String path;

    private JsonFields(Map<String, Object> map, String path) {
        this.map = map;
        this.path = path;
    }

    public static JsonFields of(Map<String, Object> map, String path) {
        return new JsonFields(map, path);
    }

    /** Parses a JSON object text. */
    public static Map<String, Object> parseObject(String text, String what) {
        try {
            return JSONObjectUtils.parse(text);
        } catch (java.text.ParseException | RuntimeException e) {
            throw new FederationDataException("json", what);
        }
    }

    /** A deep unmodifiable copy of parsed JSON. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> frozen(Map<String, Object> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, freeze(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            return frozen((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            return java.util.Collections.unmodifiableList(l.stream().map(JsonFields::freeze).toList());
        }
        return v;
    }

    /** SHA-256, base64url, of the JSON text with every object's keys sorted. */
    public static String canonicalDigest(Map<String, Object> map) {
        String text = write(sorted(map));
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return com.nimbusds.jose.util.Base64URL.encode(hash).toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sorted(Map<String, Object> map) {
        Map<String, Object> out = new java.util.TreeMap<>();
        map.forEach((k, v) -> out.put(k, sortedValue(v)));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object sortedValue(Object v) {
        if (v instanceof Map<?, ?> m) {
            return sorted((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(JsonFields::sortedValue).toList();
        }
        return v;
    }

    public static String write(Map<String, ?> map) {
        return JSONObjectUtils.toJSONString(new LinkedHashMap<>(map));
    }

    public String path() {
        return path;
    }

    public boolean has(String name) {
        return map.get(name) != null;
    }

    /** Refuses any member not in the allowed set, so a misspelt field is reported, not ignored. */
    public JsonFields onlyMembers(Set<String> allowed) {
        for (String name : map.keySet()) {
            if (!allowed.contains(name)) {
                throw new FederationDataException("field.unknown", at(name), String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        return this;
    }

    public String string(String name, int maxLength) {
        Object v = required(name);
        if (!(v instanceof String s) || s.isBlank()) {
            throw new FederationDataException("field.type", at(name), "text");
        }
        if (s.length() > maxLength) {
            throw new FederationDataException("field.length", at(name), maxLength);
        }
        return s;
    }

    public String optionalString(String name, int maxLength) {
        return has(name) ? string(name, maxLength) : null;
    }

    public long integer(String name) {
        Object v = required(name);
        if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        throw new FederationDataException("field.type", at(name), "integer");
    }

    public Instant instant(String name) {
        return parse(name, Instant::parse, "2026-01-31T08:00:00Z");
    }

    public Instant optionalInstant(String name) {
        return has(name) ? instant(name) : null;
    }

    public LocalDate date(String name) {
        return parse(name, LocalDate::parse, "2026-01-31");
    }

    public LocalDate optionalDate(String name) {
        return has(name) ? date(name) : null;
    }

    public RegionCode region(String name) {
        return parse(name, RegionCode::parse, "61.12");
    }

    public ServiceCode service(String name) {
        return parse(name, ServiceCode::of, "ADM-KTP-HILANG");
    }

    public URI uri(String name) {
        String text = string(name, 2000);
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new FederationDataException("field.format", at(name), "https://portal.example.go.id/");
        }
    }

    @SuppressWarnings("unchecked")
    public JsonFields object(String name) {
        Object v = required(name);
        if (!(v instanceof Map<?, ?> m)) {
            throw new FederationDataException("field.type", at(name), "object");
        }
        return new JsonFields((Map<String, Object>) m, at(name));
    }

    public Map<String, Object> rawObject(String name) {
        return object(name).map;
    }

    public Map<String, Object> raw() {
        return map;
    }

    /** An array of objects, each wrapped with its path. */
    public List<JsonFields> objects(String name) {
        List<JsonFields> out = new ArrayList<>();
        List<?> list = array(name);
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof Map<?, ?> m)) {
                throw new FederationDataException("field.type", at(name) + "[" + i + "]", "object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> cast = (Map<String, Object>) m;
            out.add(new JsonFields(cast, at(name) + "[" + i + "]"));
        }
        return out;
    }

    public <T> List<T> strings(String name, Function<String, T> convert, String example) {
        List<T> out = new ArrayList<>();
        List<?> list = array(name);
        for (int i = 0; i < list.size(); i++) {
            String where = at(name) + "[" + i + "]";
            if (!(list.get(i) instanceof String s)) {
                throw new FederationDataException("field.type", where, "text");
            }
            try {
                out.add(convert.apply(s));
            } catch (SimpulException | IllegalArgumentException e) {
                throw new FederationDataException("field.format", where, example);
            }
        }
        return out;
    }

    private List<?> array(String name) {
        Object v = required(name);
        if (!(v instanceof List<?> list)) {
            throw new FederationDataException("field.type", at(name), "array");
        }
        return list;
    }

    private <T> T parse(String name, Function<String, T> parser, String example) {
        String text = string(name, 200);
        try {
            return parser.apply(text);
        } catch (SimpulException | DateTimeParseException | IllegalArgumentException e) {
            throw new FederationDataException("field.format", at(name), example);
        }
    }

    private Object required(String name) {
        Object v = map.get(name);
        if (v == null) {
            throw new FederationDataException("field.missing", at(name));
        }
        return v;
    }

    private String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
