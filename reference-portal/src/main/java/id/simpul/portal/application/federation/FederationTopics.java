package id.simpul.portal.application.federation;

/** Outbox topics of the federation. */
public final class FederationTopics {

    /**
     * A request filed here whose competent office is in another regency, to forward there. Payload
     * {@code {"requestId": "...", "toRegency": "61.06", "agreement": "<id>"}}, written with the request.
     */
    public static final String FORWARD = "federation.forward";
    /**
     * A status change of a request received from a filing node, to push back there. Payload
     * {@code {"requestId", "toRegency", "status", "changedAt", "reason"}}.
     */
    public static final String STATUS = "federation.status";

    private FederationTopics() {
    }
}
