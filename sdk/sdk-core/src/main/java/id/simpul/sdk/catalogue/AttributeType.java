package id.simpul.sdk.catalogue;

/** The type of a form attribute, which decides how its values are read and checked. */
public enum AttributeType {
    /** One line of text. */
    STRING,
    /** A decimal number, written with a dot as decimal separator, e.g. {@code 96.5}. */
    NUMBER,
    /** A calendar date, written {@code yyyy-MM-dd}. */
    DATE,
    /** Free text over several lines. */
    TEXT,
    /** Exactly one of the allowed values. */
    SINGLE_VALUE_LIST,
    /** Any number of the allowed values. */
    MULTI_VALUE_LIST;

    /** Whether values come from a list of allowed values. */
    public boolean isList() {
        return this == SINGLE_VALUE_LIST || this == MULTI_VALUE_LIST;
    }

    /** Whether the type has a maximum length. */
    public boolean isText() {
        return this == STRING || this == TEXT;
    }
}
