package id.simpul.sdk.json;

import id.simpul.sdk.json.internal.Adapters;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * The canonical JSON of Simpul's documents (region, agency, service standard, service request),
 * as described by the JSON Schemas in {@code specs/json-schema}.
 *
 * <p>The SDK's value types stay free of JSON annotations; this module maps them through JSON-B
 * adapters so any JSON-B implementation (Yasson in Payara and in tests) produces the same shape.
 */
public final class SimpulJson {

    private SimpulJson() {
    }

    /** A JSON-B configuration with every Simpul adapter registered; add your own settings on top. */
    public static JsonbConfig config() {
        return new JsonbConfig().withAdapters(Adapters.all()).withNullValues(false);
    }

    /** A ready {@link Jsonb} using {@link #config()}. Close it when done; it is thread-safe. */
    public static Jsonb create() {
        return JsonbBuilder.create(config());
    }
}
