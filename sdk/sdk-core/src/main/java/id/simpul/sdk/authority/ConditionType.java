package id.simpul.sdk.authority;

/** The kind of value a {@link Condition} compares. */
public enum ConditionType {
    /** A decimal number, e.g. a floor area in m². */
    NUMBER,
    /** A calendar date written {@code yyyy-MM-dd}. */
    DATE,
    /** A text compared for equality only, e.g. a list choice code. */
    TEXT
}
