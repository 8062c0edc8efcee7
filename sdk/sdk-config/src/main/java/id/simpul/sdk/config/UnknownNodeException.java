package id.simpul.sdk.config;

import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.region.RegionCode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A node was asked for that the configuration does not describe: only a regency listed in
 * {@code regency.yaml} can run as a node of it. The message names the regencies it does describe.
 */
public final class UnknownNodeException extends SimpulClientException {

    private static final long serialVersionUID = 1L;

    private final String node;

    UnknownNodeException(RegionCode node, List<RegionCode> described) {
        super("config.node.unknown", ConfigMessages.of("exception.node-unknown", node.value(),
                described.stream().map(RegionCode::value).collect(Collectors.joining(", "))));
        this.node = node.value();
    }

    /** The region code that was asked for. */
    public String node() {
        return node;
    }
}
