package id.simpul.sdk.json.internal;

import id.simpul.sdk.SimpulException;
import id.simpul.sdk.json.InvalidJsonDocumentException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A value of a document being read, with its JSON Pointer, so that every complaint names its place.
 * Reading never repeats a value of the document in an error.
 */
public final class JsonIn {

    private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");

    private final JsonValue value;
    private final String pointer;

    private JsonIn(JsonValue value, String pointer) {
        this.value = value;
        this.pointer = pointer;
    }

    /** The whole document. */
    public static JsonIn root(JsonValue value) {
        return new JsonIn(value, "");
    }

    public String pointer() {
        return pointer;
    }

    /** A problem at this place. */
    public InvalidJsonDocumentException problem(String key, Object... args) {
        return new InvalidJsonDocumentException(pointer, key, args);
    }

    /** This value as an object that may hold only the named fields. */
    public JsonIn object(String... fields) {
        JsonObject o = (JsonObject) require(JsonValue.ValueType.OBJECT, "object");
        Set<String> known = Set.of(fields);
        for (String name : o.keySet()) {
            if (!known.contains(name)) {
                throw child(name).problem("json.field.unknown", String.join(", ", fields));
            }
        }
        return this;
    }

    /** A field that must be present and not null. */
    public JsonIn get(String name) {
        return opt(name).orElseThrow(() -> child(name).problem("json.field.missing", name));
    }

    /** A field that may be absent or null. */
    public Optional<JsonIn> opt(String name) {
        JsonObject o = (JsonObject) require(JsonValue.ValueType.OBJECT, "object");
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? Optional.empty()
                : Optional.of(new JsonIn(v, pointer + "/" + escape(name)));
    }

    private JsonIn child(String name) {
        return new JsonIn(JsonValue.NULL, pointer + "/" + escape(name));
    }

    /** The fields of an object, in document order. */
    public Map<String, JsonIn> fields() {
        JsonObject o = (JsonObject) require(JsonValue.ValueType.OBJECT, "object");
        Map<String, JsonIn> out = new LinkedHashMap<>();
        o.forEach((k, v) -> out.put(k, new JsonIn(v, pointer + "/" + escape(k))));
        return out;
    }

    /** The items of an array. */
    public List<JsonIn> items() {
        JsonArray a = (JsonArray) require(JsonValue.ValueType.ARRAY, "array");
        List<JsonIn> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            out.add(new JsonIn(a.get(i), pointer + "/" + i));
        }
        return out;
    }

    /** The items of an array read one by one. */
    public <T> List<T> list(Function<JsonIn, T> read) {
        return items().stream().map(read).toList();
    }

    public String text() {
        return ((JsonString) require(JsonValue.ValueType.STRING, "string")).getString();
    }

    public boolean bool() {
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw problem("json.field.type", "boolean", typeName(value));
    }

    public BigDecimal decimal() {
        return ((JsonNumber) require(JsonValue.ValueType.NUMBER, "number")).bigDecimalValue();
    }

    /** A whole number in {@code [min, max]}; {@code 4.0} counts as whole, as in JSON Schema. */
    public int integer(int min, int max) {
        BigDecimal d = ((JsonNumber) require(JsonValue.ValueType.NUMBER, "integer")).bigDecimalValue();
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw problem("json.field.type", "integer", "number");
        }
        if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw problem("json.field.range", min, max);
        }
        return d.intValue();
    }

    /** A calendar date, {@code yyyy-MM-dd}. */
    public LocalDate date() {
        String t = text();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException e) {
            throw problem("json.field.date");
        }
    }

    /** A point in time with its offset, e.g. {@code 2026-04-13T03:00:00Z}. */
    public Instant instant() {
        String t = text();
        try {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(t, Instant::from);
        } catch (DateTimeException e) {
            throw problem("json.field.instant");
        }
    }

    /** A positive ISO 8601 period of years, months, weeks and days, e.g. {@code P14D} or {@code P6M}. */
    public Period period() {
        String t = text();
        if (!PERIOD.matcher(t).matches()) {
            throw problem("json.field.period");
        }
        try {
            Period p = Period.parse(t);
            if (p.isZero() || p.isNegative()) {
                throw problem("json.field.period");
            }
            return p;
        } catch (DateTimeException | ArithmeticException e) {
            throw problem("json.field.period");
        }
    }

    /** An ISO 8601 duration in hours, minutes and seconds, e.g. {@code PT1H30M}. */
    public Duration duration() {
        String t = text();
        try {
            Duration d = Duration.parse(t);
            if (d.isNegative() || t.contains("D")) {
                throw problem("json.field.duration");
            }
            return d;
        } catch (DateTimeException e) {
            throw problem("json.field.duration");
        }
    }

    /** An enum constant by its name. */
    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String t = text();
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(t)) {
                return e;
            }
        }
        throw problem("json.field.enum", Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    /** A value from a fixed list of names. */
    public <T> T choice(Function<String, Optional<T>> lookup, List<String> names) {
        String t = text();
        return names.contains(t) ? lookup.apply(t).orElseThrow() : fail("json.field.enum", String.join(", ", names));
    }

    /** Text that must have a shape the model checks; the key explains the shape. */
    public String shaped(Pattern shape, String key) {
        String t = text();
        if (!shape.matcher(t).matches()) {
            throw problem(key);
        }
        return t;
    }

    /**
     * Checks a field that follows from others and is written only for readers: absent is fine,
     * present must equal {@code expected} (absent when {@code null}).
     */
    public void derived(String name, Object expected) {
        Optional<JsonIn> given = opt(name);
        if (given.isEmpty()) {
            return;
        }
        JsonValue v = given.get().value;
        boolean same = expected == null ? false
                : expected instanceof Boolean bo ? v.equals(bo ? JsonValue.TRUE : JsonValue.FALSE)
                : v instanceof JsonString s && s.getString().equals(expected);
        if (!same) {
            throw expected == null ? given.get().problem("json.derived.absent")
                    : given.get().problem("json.derived.value", expected);
        }
    }

    /**
     * Checks a derived list of names, written only for readers: absent is fine, present must equal
     * {@code expected} in order.
     */
    public void derivedNames(String name, List<String> expected) {
        Optional<JsonIn> given = opt(name);
        if (given.isPresent() && !given.get().list(JsonIn::text).equals(expected)) {
            throw given.get().problem("json.derived.value", "[" + String.join(", ", expected) + "]");
        }
    }

    private <T> T fail(String key, Object... args) {
        throw problem(key, args);
    }

    /**
     * Builds a model value from what was read here; the model's refusal is reported at this place.
     */
    public <T> T build(Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidJsonDocumentException e) {
            throw e;
        } catch (SimpulException e) {
            throw new InvalidJsonDocumentException(pointer, e);
        } catch (IllegalArgumentException e) {
            throw problem("json.value.invalid");
        }
    }

    private JsonValue require(JsonValue.ValueType type, String name) {
        if (value.getValueType() != type) {
            throw problem("json.field.type", name, typeName(value));
        }
        return value;
    }

    private static String typeName(JsonValue v) {
        return switch (v.getValueType()) {
            case TRUE, FALSE -> "boolean";
            default -> v.getValueType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
