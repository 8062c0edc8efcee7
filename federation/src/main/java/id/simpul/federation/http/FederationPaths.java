package id.simpul.federation.http;

import id.simpul.federation.message.MessageType;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/** The federation API's paths ({@code specs/openapi/federation-api.v1.yaml}), one per message kind. */
public final class FederationPaths {

    /** Prefix of the API under a node's base URL. */
    public static final String PREFIX = "federation/v1";

    private FederationPaths() {
    }

    /** The path of a kind under the prefix, e.g. {@code /requests}. */
    public static String of(MessageType type) {
        return switch (type) {
            case FORWARD_REQUEST -> "/requests";
            case ACKNOWLEDGEMENT -> "/acknowledgements";
            case STATUS_UPDATE -> "/status-updates";
            case STATUS_QUERY -> "/status-queries";
        };
    }

    /** The kind served at a path under the prefix, if any. */
    public static Optional<MessageType> typeAt(String path) {
        return Arrays.stream(MessageType.values()).filter(t -> of(t).equals(path)).findFirst();
    }

    /** The full URL of a kind at a node. */
    public static URI at(URI baseUrl, MessageType type) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + PREFIX + of(type));
    }
}
