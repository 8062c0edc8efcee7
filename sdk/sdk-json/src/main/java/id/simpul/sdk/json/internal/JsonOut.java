package id.simpul.sdk.json.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the canonical JSON objects: fields in a fixed order, absent values left out. One factory
 * per {@link Adapters} set, looked up once.
 */
public final class JsonOut {

    private final JsonBuilderFactory factory;

    JsonOut() {
        this.factory = JsonProvider.provider().createBuilderFactory(Map.of());
    }

    /** An object being written. */
    public Obj object() {
        return new Obj(factory.createObjectBuilder());
    }

    /** An array of the items, each written by {@code write}. */
    public <T> JsonValue array(Collection<T> items, Function<T, JsonValue> write) {
        JsonArrayBuilder b = factory.createArrayBuilder();
        items.forEach(i -> b.add(write.apply(i)));
        return b.build();
    }

    /** An array of strings. */
    public JsonValue strings(Collection<String> items) {
        JsonArrayBuilder b = factory.createArrayBuilder();
        items.forEach(b::add);
        return b.build();
    }

    /** An object under construction; {@code null} values are skipped. */
    public static final class Obj {
        private final JsonObjectBuilder b;

        private Obj(JsonObjectBuilder b) {
            this.b = b;
        }

        public Obj put(String name, String value) {
            if (value != null) {
                b.add(name, value);
            }
            return this;
        }

        public Obj put(String name, Object value) {
            if (value != null) {
                b.add(name, value.toString());
            }
            return this;
        }

        public Obj put(String name, JsonValue value) {
            if (value != null) {
                b.add(name, value);
            }
            return this;
        }

        public Obj put(String name, Obj value) {
            if (value != null) {
                b.add(name, value.b);
            }
            return this;
        }

        public Obj put(String name, int value) {
            b.add(name, value);
            return this;
        }

        public Obj put(String name, Integer value) {
            if (value != null) {
                b.add(name, value.intValue());
            }
            return this;
        }

        public Obj put(String name, java.math.BigDecimal value) {
            if (value != null) {
                b.add(name, value);
            }
            return this;
        }

        public Obj put(String name, boolean value) {
            b.add(name, value);
            return this;
        }

        public JsonObject build() {
            return b.build();
        }
    }
}
