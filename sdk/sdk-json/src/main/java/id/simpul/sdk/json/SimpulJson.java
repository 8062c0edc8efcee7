package id.simpul.sdk.json;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.json.internal.Adapters;
import id.simpul.sdk.json.internal.JsonIn;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.request.ServiceRequest;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Objects;

/**
 * The canonical JSON of Simpul's documents: {@link Region}, {@link Agency}, {@link ServiceStandard}
 * (standar pelayanan) and {@link ServiceRequest} (permohonan), as described by the JSON Schemas in
 * {@code specs/json-schema}.
 *
 * <pre>{@code
 * try (SimpulJson json = SimpulJson.create(WorkingCalendar.indonesia())) {
 *     String text = json.toJson(request);
 *     ServiceRequest again = json.fromJson(text, ServiceRequest.class);
 * }
 * }</pre>
 *
 * <p>Reading a service request needs the {@link WorkingCalendar} its SLA clock counts in, so that
 * the restored clock keeps counting the same way; the other documents need nothing.
 *
 * <p>{@link #fromJson} refuses a document that is not JSON, misses a field, has a wrong type or an
 * unknown value, or breaks a rule of the model, with an {@link InvalidJsonDocumentException} whose
 * message names the JSON Pointer of the problem and never repeats the document's values.
 *
 * <p>The SDK's value types carry no JSON annotations; this module maps them through JSON-B
 * adapters, so any JSON-B implementation (Yasson in Payara and in tests) writes the same shape.
 * Embedders that run their own {@link Jsonb} (a JAX-RS provider, say) register {@link #config()};
 * there, reading errors arrive as a {@code JsonbException} whose cause chain holds the
 * {@link InvalidJsonDocumentException}.
 *
 * <p>Thread-safe: create one per calendar and catalogue and share it; close it when done.
 */
public final class SimpulJson implements AutoCloseable {

    private final Adapters adapters;
    private final Jsonb jsonb;
    private final JsonProvider provider;

    private SimpulJson(Builder b) {
        this.adapters = Adapters.of(b.calendar, b.catalogue);
        this.jsonb = JsonbBuilder.create(config(adapters).withFormatting(b.formatted));
        this.provider = JsonProvider.provider();
    }

    /** Writes and reads regions, agencies and service standards; writes service requests. */
    public static SimpulJson create() {
        return builder().build();
    }

    /** Writes and reads every document type; restored SLA clocks count in the given calendar. */
    public static SimpulJson create(WorkingCalendar calendar) {
        return builder().calendar(Objects.requireNonNull(calendar, "calendar")).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A JSON-B configuration with the adapters of every document type registered and null values
     * left out; add your own settings on top. Service requests can be written but not read.
     */
    public static JsonbConfig config() {
        return config(Adapters.of(null, null));
    }

    /** As {@link #config()}, and service requests are read with the given calendar. */
    public static JsonbConfig config(WorkingCalendar calendar) {
        return config(Adapters.of(Objects.requireNonNull(calendar, "calendar"), null));
    }

    private static JsonbConfig config(Adapters adapters) {
        return new JsonbConfig().withAdapters(adapters.all()).withNullValues(false);
    }

    public String toJson(Region region) {
        return write(region);
    }

    public String toJson(Agency agency) {
        return write(agency);
    }

    public String toJson(ServiceStandard standard) {
        return write(standard);
    }

    public String toJson(ServiceRequest request) {
        return write(request);
    }

    private String write(Object document) {
        return jsonb.toJson(Objects.requireNonNull(document, "document"));
    }

    /**
     * Reads a document.
     *
     * @param type {@code Region.class}, {@code Agency.class}, {@code ServiceStandard.class} or
     *             {@code ServiceRequest.class}
     * @throws InvalidJsonDocumentException when the text is not a valid document of that type
     * @throws JsonSetupException           for another type, or for a request without a calendar
     */
    public <T> T fromJson(String json, Class<T> type) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(type, "type");
        if (!Adapters.DOCUMENT_TYPES.contains(type)) {
            throw new JsonSetupException("json.type.unsupported", type.getName(),
                    String.join(", ", Adapters.DOCUMENT_TYPES.stream().map(Class::getSimpleName).toList()));
        }
        return adapters.read(JsonIn.root(parse(json)), type);
    }

    private JsonValue parse(String json) {
        try (JsonParser parser = provider.createParser(new StringReader(json))) {
            if (!parser.hasNext()) {
                throw new InvalidJsonDocumentException("", "json.malformed.somewhere");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidJsonDocumentException("", "json.malformed.trailing");
            }
            return value;
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw at == null ? new InvalidJsonDocumentException("", "json.malformed.somewhere")
                    : new InvalidJsonDocumentException("", "json.malformed", at.getLineNumber(), at.getColumnNumber());
        } catch (JsonException e) {
            throw new InvalidJsonDocumentException("", "json.malformed.somewhere");
        }
    }

    /** Releases the JSON-B engine's resources. */
    @Override
    public void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            throw new JsonSetupException("json.close");
        }
    }

    /** Builder for {@link SimpulJson}. */
    public static final class Builder {
        private WorkingCalendar calendar;
        private ServiceCatalogue catalogue;
        private boolean formatted;

        private Builder() {
        }

        /** The calendar restored SLA clocks count in; without one, service requests cannot be read. */
        public Builder calendar(WorkingCalendar calendar) {
            this.calendar = calendar;
            return this;
        }

        /**
         * The catalogue requests are read against: a request whose service or standard version is
         * not in it, or whose SLA clock does not count that standard's time limit, is refused.
         * Without one, the caller checks the service itself.
         */
        public Builder catalogue(ServiceCatalogue catalogue) {
            this.catalogue = catalogue;
            return this;
        }

        /** Indented output for people to read; the default is one compact line. */
        public Builder formatted(boolean formatted) {
            this.formatted = formatted;
            return this;
        }

        public SimpulJson build() {
            return new SimpulJson(this);
        }

        /** The JSON-B configuration for your own {@link Jsonb}, with this builder's calendar and catalogue. */
        public JsonbConfig jsonbConfig() {
            return config(Adapters.of(calendar, catalogue)).withFormatting(formatted);
        }
    }
}
