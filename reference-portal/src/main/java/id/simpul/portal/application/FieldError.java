package id.simpul.portal.application;

import id.simpul.sdk.LocalizedMessage;
import java.util.Objects;

/** One thing wrong with one field of the input, e.g. {@code form.nik}: a stable code and a text. */
public record FieldError(String field, String code, LocalizedMessage message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
