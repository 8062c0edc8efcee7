package id.simpul.sdk.request;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The technical identifier of a service request, stable across nodes and systems; what a person
 * reads at a counter is the {@link RegistrationNumber}.
 *
 * @param value letters, digits, dots, underscores and hyphens, 1 to 64 characters; a UUID by default
 */
public record ServiceRequestId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public ServiceRequestId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidRequestException("request.id.shape");
        }
    }

    public static ServiceRequestId of(String value) {
        return new ServiceRequestId(value);
    }

    /** A new random identifier. */
    public static ServiceRequestId random() {
        return new ServiceRequestId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
