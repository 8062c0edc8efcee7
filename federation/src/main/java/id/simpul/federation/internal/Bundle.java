package id.simpul.federation.internal;

import id.simpul.sdk.LocalizedMessage;

/** The federation module's message bundle: Bahasa Indonesia base, English {@code _en}. */
public final class Bundle {

    public static final String NAME = "id.simpul.federation.messages";

    private Bundle() {
    }

    public static LocalizedMessage message(String key, Object... args) {
        return LocalizedMessage.of(NAME, key, args);
    }
}
