package id.simpul.sdk.request;

/** The two states of an Open311 GeoReport v2 service request. */
public enum Open311Status {
    OPEN("open"),
    CLOSED("closed");

    private final String wireValue;

    Open311Status(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value as Open311 writes it, {@code open} or {@code closed}. */
    public String wireValue() {
        return wireValue;
    }
}
