package id.simpul.sdk.spi;

import java.util.Locale;

/**
 * The form a setting must have, for {@link AdapterConfigurationException#invalid(String, SettingForm, Object...)}:
 * each has a message in Bahasa Indonesia and English saying what to write instead.
 */
public enum SettingForm {
    /** A whole number, e.g. {@code 5}. */
    INTEGER,
    /** A decimal number with a dot, e.g. {@code 0.5}. */
    DECIMAL,
    /** {@code true} or {@code false}. */
    FLAG,
    /** A duration such as {@code 250ms}, {@code 2s}, {@code 1m} or {@code PT2S}. */
    DURATION,
    /** A duration greater than zero. */
    POSITIVE_DURATION,
    /** A whole number between two bounds given as arguments (min, max). */
    RANGE,
    /** A decimal number of at least the bound given as argument. */
    DECIMAL_AT_LEAST,
    /** A decimal number from the first bound up to, not including, the second. */
    DECIMAL_BELOW,
    /** An absolute http or https URL; the argument is an example. */
    URL;

    /** Message key in {@code id.simpul.sdk.spi.messages}. */
    public String messageKey() {
        return "adapter.setting.invalid." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
