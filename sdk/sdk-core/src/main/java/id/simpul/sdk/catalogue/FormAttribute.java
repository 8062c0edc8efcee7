package id.simpul.sdk.catalogue;

import id.simpul.sdk.catalogue.internal.Codes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One field of a service's application form (atribut formulir permohonan), typed so that a counter
 * officer, a web form and an API client are held to the same rules by {@link FormValidator}.
 *
 * <p>Limits apply where they fit the type: allowed values for lists; minimum and maximum for
 * numbers; earliest and latest for dates; a maximum length for text (255 characters for
 * {@link AttributeType#STRING}, 4000 for {@link AttributeType#TEXT} unless set).
 */
public final class FormAttribute {

    /** Maximum length of a {@link AttributeType#STRING} when none is set. */
    public static final int DEFAULT_STRING_MAX_LENGTH = 255;
    /** Maximum length of a {@link AttributeType#TEXT} when none is set. */
    public static final int DEFAULT_TEXT_MAX_LENGTH = 4000;

    private final String code;
    private final LocalizedText label;
    private final AttributeType type;
    private final boolean required;
    private final int order;
    private final List<AllowedValue> allowedValues;
    private final BigDecimal min;
    private final BigDecimal max;
    private final LocalDate earliest;
    private final LocalDate latest;
    private final int maxLength;

    private FormAttribute(Builder b) {
        if (!Codes.isFieldCode(b.code)) {
            throw new InvalidCatalogueException("attribute.code", Codes.excerpt(b.code));
        }
        this.code = b.code;
        this.label = Objects.requireNonNull(b.label, "label");
        this.type = Objects.requireNonNull(b.type, "type");
        this.required = b.required;
        this.order = b.order;
        this.allowedValues = List.copyOf(b.allowedValues);
        this.min = b.min;
        this.max = b.max;
        this.earliest = b.earliest;
        this.latest = b.latest;
        this.maxLength = b.maxLength != null ? b.maxLength
                : type == AttributeType.TEXT ? DEFAULT_TEXT_MAX_LENGTH : DEFAULT_STRING_MAX_LENGTH;
        checkLimitsFitType(b.maxLength != null);
    }

    private void checkLimitsFitType(boolean maxLengthSet) {
        if (type.isList() == allowedValues.isEmpty()) {
            throw new InvalidCatalogueException(type.isList() ? "attribute.list.empty" : "attribute.list.not-a-list",
                    code, type.name());
        }
        Set<String> seen = new HashSet<>();
        for (AllowedValue v : allowedValues) {
            if (!seen.add(v.code())) {
                throw new InvalidCatalogueException("attribute.list.duplicate", code, v.code());
            }
        }
        if ((min != null || max != null) && type != AttributeType.NUMBER
                || (earliest != null || latest != null) && type != AttributeType.DATE
                || maxLengthSet && !type.isText()) {
            throw new InvalidCatalogueException("attribute.limit.type", code, type.name());
        }
        if (min != null && max != null && min.compareTo(max) > 0
                || earliest != null && latest != null && earliest.isAfter(latest) || maxLength < 1) {
            throw new InvalidCatalogueException("attribute.limit.order", code);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The field's code, e.g. {@code tanggal_kehilangan}: lower case, digits, underscores. */
    public String code() {
        return code;
    }

    public LocalizedText label() {
        return label;
    }

    public AttributeType type() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    /** Position on the form; fields are shown and their problems reported in this order. */
    public int order() {
        return order;
    }

    /** The choices of a list attribute; empty for other types. */
    public List<AllowedValue> allowedValues() {
        return allowedValues;
    }

    /** Whether a list attribute offers this value code. */
    public boolean allows(String valueCode) {
        return allowedValues.stream().anyMatch(v -> v.code().equals(valueCode));
    }

    public Optional<BigDecimal> min() {
        return Optional.ofNullable(min);
    }

    public Optional<BigDecimal> max() {
        return Optional.ofNullable(max);
    }

    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliest);
    }

    public Optional<LocalDate> latest() {
        return Optional.ofNullable(latest);
    }

    /** Maximum number of characters of a text attribute. */
    public int maxLength() {
        return maxLength;
    }

    public Builder toBuilder() {
        Builder b = new Builder().code(code).label(label).type(type).required(required).order(order)
                .allowedValues(allowedValues).min(min).max(max).earliest(earliest).latest(latest);
        if (type.isText()) {
            b.maxLength(maxLength);
        }
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormAttribute a && code.equals(a.code) && label.equals(a.label) && type == a.type
                && required == a.required && order == a.order && allowedValues.equals(a.allowedValues)
                && Objects.equals(min, a.min) && Objects.equals(max, a.max) && Objects.equals(earliest, a.earliest)
                && Objects.equals(latest, a.latest) && maxLength == a.maxLength;
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, label, type, required, order, allowedValues, min, max, earliest, latest, maxLength);
    }

    @Override
    public String toString() {
        return "FormAttribute[" + code + ", " + type + (required ? ", required" : "") + "]";
    }

    /** Builder for {@link FormAttribute}; {@link #build()} checks that the limits fit the type. */
    public static final class Builder {
        private String code;
        private LocalizedText label;
        private AttributeType type;
        private boolean required;
        private int order;
        private final List<AllowedValue> allowedValues = new ArrayList<>();
        private BigDecimal min;
        private BigDecimal max;
        private LocalDate earliest;
        private LocalDate latest;
        private Integer maxLength;

        private Builder() {
        }

        public Builder code(String code) {
            this.code = code;
            return this;
        }

        public Builder label(LocalizedText label) {
            this.label = label;
            return this;
        }

        public Builder label(String labelId, String labelEn) {
            return label(LocalizedText.of(labelId, labelEn));
        }

        public Builder type(AttributeType type) {
            this.type = type;
            return this;
        }

        public Builder required(boolean required) {
            this.required = required;
            return this;
        }

        public Builder order(int order) {
            this.order = order;
            return this;
        }

        public Builder allowedValue(String code, String labelId, String labelEn) {
            allowedValues.add(AllowedValue.of(code, labelId, labelEn));
            return this;
        }

        public Builder allowedValues(List<AllowedValue> values) {
            allowedValues.clear();
            allowedValues.addAll(values);
            return this;
        }

        public Builder min(BigDecimal min) {
            this.min = min;
            return this;
        }

        public Builder max(BigDecimal max) {
            this.max = max;
            return this;
        }

        public Builder earliest(LocalDate earliest) {
            this.earliest = earliest;
            return this;
        }

        public Builder latest(LocalDate latest) {
            this.latest = latest;
            return this;
        }

        public Builder maxLength(int maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public FormAttribute build() {
            return new FormAttribute(this);
        }
    }
}
