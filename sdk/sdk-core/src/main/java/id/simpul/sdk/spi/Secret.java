package id.simpul.sdk.spi;

import java.util.Objects;

/**
 * A credential read from configuration (a password, an API key such as OSS's {@code user_key}).
 * {@link #toString()} never shows it; only {@link #reveal()} does, at the moment it is put on the
 * wire. Two secrets are never equal, so a secret cannot leak through a comparison in a log either.
 */
public final class Secret {

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** @throws IllegalArgumentException when blank (the message does not repeat the value) */
    public static Secret of(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        return new Secret(value);
    }

    /** The secret itself: for the request that needs it, never for a message or a log. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "******";
    }
}
