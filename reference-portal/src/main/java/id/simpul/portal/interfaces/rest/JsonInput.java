package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.FieldError;
import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.domain.PortalProblem.Kind;
import id.simpul.sdk.LocalizedMessage;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reading JSON bodies strictly: size, syntax, shape and types, each with its own clear error. */
final class JsonInput {

    /** Looked up once: {@code Json.createXxx} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private JsonInput() {
    }

    static JsonObject parseObject(String body, int maxBytes) {
        if (body == null || body.isBlank()) {
            throw new PortalProblem(Kind.MALFORMED_JSON, "json.empty");
        }
        if (body.length() > maxBytes || body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new PortalProblem(Kind.PAYLOAD_TOO_LARGE, "body.too-large", maxBytes);
        }
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new PortalProblem(Kind.MALFORMED_JSON, "json.malformed");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new PortalProblem(Kind.MALFORMED_JSON, "json.not-object");
        }
        return value.asJsonObject();
    }

    /** A string member: null when absent or JSON null, an error when of another type. */
    static String string(JsonObject o, String key, String field, List<FieldError> errors) {
        JsonValue v = o.get(key);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(error(field, "input.wrong-type", "string"));
            return null;
        }
        return ((JsonString) v).getString();
    }

    static FieldError error(String field, String key, Object... args) {
        return new FieldError(field, key, LocalizedMessage.of(PortalProblem.BUNDLE, key, args));
    }

    /** JSON text with object keys sorted at every level. */
    static String canonical(JsonValue v) {
        switch (v.getValueType()) {
            case OBJECT -> {
                StringBuilder b = new StringBuilder("{");
                Map<String, JsonValue> sorted = new TreeMap<>(v.asJsonObject());
                boolean first = true;
                for (Map.Entry<String, JsonValue> e : sorted.entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    b.append(JSON.createValue(e.getKey()).toString()).append(':').append(canonical(e.getValue()));
                }
                return b.append('}').toString();
            }
            case ARRAY -> {
                StringBuilder b = new StringBuilder("[");
                JsonArray a = v.asJsonArray();
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    b.append(canonical(a.get(i)));
                }
                return b.append(']').toString();
            }
            default -> {
                return v.toString();
            }
        }
    }
}
