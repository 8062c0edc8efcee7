package id.simpul.sdk.catalogue;

/** Whether a document issued on some date can support a request filed on another. */
public enum DocumentValidity {
    /** Issued on or before the filing date and not expired on it. */
    VALID,
    /** Its validity period ended before the filing date. */
    EXPIRED,
    /** Its issue date lies after the filing date, which is most likely a typing error. */
    ISSUED_AFTER_FILING
}
