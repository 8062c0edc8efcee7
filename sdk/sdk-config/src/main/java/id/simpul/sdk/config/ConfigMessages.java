package id.simpul.sdk.config;

import id.simpul.sdk.LocalizedMessage;

/** The message bundle of the configuration module (base = Bahasa Indonesia, {@code _en} = English). */
public final class ConfigMessages {

    /** Base name of the bundle. */
    public static final String BUNDLE = "id.simpul.sdk.config.messages";

    private ConfigMessages() {
    }

    /** A message of this module's bundle. */
    public static LocalizedMessage of(String key, Object... args) {
        return LocalizedMessage.of(BUNDLE, key, args);
    }
}
