package id.simpul.sdk.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values a citizen or officer filled in on an application form, as entered: each field code
 * maps to one or more text values. Reading and checking them against the form's attributes is the
 * job of {@link FormValidator}; nothing here rejects a value for its content.
 *
 * <p>Form values are often personal data, so {@link #toString()} names the fields, never the values.
 */
public final class FormData {

    private static final FormData EMPTY = new FormData(new TreeMap<>());

    private final Map<String, List<String>> values;

    private FormData(TreeMap<String, List<String>> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static FormData empty() {
        return EMPTY;
    }

    /**
     * Form data from a map whose values are text, numbers, dates, booleans or collections of those
     * (as they come from JSON or a web form).
     */
    public static FormData of(Map<String, ?> map) {
        Builder b = builder();
        map.forEach((k, v) -> {
            if (v instanceof Collection<?> c) {
                List<String> texts = new ArrayList<>(c.size());
                c.forEach(item -> texts.add(asText(k, item)));
                b.put(k, texts);
            } else {
                b.put(k, asText(k, v));
            }
        });
        return b.build();
    }

    private static String asText(String field, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof LocalDate) {
            return value.toString();
        }
        throw new InvalidCatalogueException("form-data.value-type", field,
                value == null ? "null" : value.getClass().getSimpleName());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Field codes present, in alphabetical order. */
    public Set<String> fieldCodes() {
        return values.keySet();
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    /** All values of a field; empty when the field is absent. */
    public List<String> values(String field) {
        return values.getOrDefault(field, List.of());
    }

    /** The first value of a field. */
    public Optional<String> value(String field) {
        List<String> v = values(field);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    /** The field read as a number; empty when absent or not a number (validate first). */
    public Optional<BigDecimal> decimal(String field) {
        try {
            return value(field).map(s -> new BigDecimal(s.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The field read as an ISO date; empty when absent or not a date (validate first). */
    public Optional<LocalDate> date(String field) {
        try {
            return value(field).map(s -> LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The whole content, unmodifiable. */
    public Map<String, List<String>> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A copy with one field set to the given values. */
    public FormData with(String field, List<String> newValues) {
        Builder b = builder();
        values.forEach(b::put);
        return b.put(field, newValues).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormData f && values.equals(f.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "FormData" + values.keySet();
    }

    /** Builder for {@link FormData}; putting a field again replaces its values. */
    public static final class Builder {
        private final TreeMap<String, List<String>> values = new TreeMap<>();

        private Builder() {
        }

        public Builder put(String field, String value) {
            return put(field, List.of(Objects.requireNonNull(value, "value")));
        }

        public Builder put(String field, List<String> fieldValues) {
            Objects.requireNonNull(field, "field");
            if (field.isBlank()) {
                throw new InvalidCatalogueException("form-data.field.blank");
            }
            values.put(field, List.copyOf(fieldValues));
            return this;
        }

        public Builder put(String field, BigDecimal value) {
            return put(field, value.toPlainString());
        }

        public Builder put(String field, long value) {
            return put(field, Long.toString(value));
        }

        public Builder put(String field, LocalDate value) {
            return put(field, value.toString());
        }

        public FormData build() {
            return values.isEmpty() ? EMPTY : new FormData(new TreeMap<>(values));
        }
    }
}
