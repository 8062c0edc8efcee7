package id.simpul.federation.message;

/**
 * The kinds of federation message and the direction each travels in: from the filing regency's
 * node to the competent (subject) regency's node, or back.
 */
public enum MessageType {
    /** A request filed at a counter of one regency for a service the other regency decides. */
    FORWARD_REQUEST(true),
    /** The competent node took the forwarded request in (with its own reference). */
    ACKNOWLEDGEMENT(false),
    /** A status change of a forwarded request, pushed back to the filing node. */
    STATUS_UPDATE(false),
    /** The filing node asks for the current status of a forwarded request. */
    STATUS_QUERY(true);

    private final boolean fromFilingNode;

    MessageType(boolean fromFilingNode) {
        this.fromFilingNode = fromFilingNode;
    }

    /** Whether this kind travels from the filing node to the competent node. */
    public boolean fromFilingNode() {
        return fromFilingNode;
    }
}
