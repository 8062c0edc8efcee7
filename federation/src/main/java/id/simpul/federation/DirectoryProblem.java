package id.simpul.federation;

/** Why a node refuses a directory document. */
public enum DirectoryProblem {
    /** Not a compact JWS, or its payload is not a JSON object. */
    MALFORMED,
    /** Signed with another algorithm than ES256, or not of the directory type. */
    WRONG_ALGORITHM,
    /** Signed by another key than the configured directory authority. */
    WRONG_AUTHORITY,
    /** The signature does not match the content: changed after signing. */
    TAMPERED,
    /** Its expiry time has passed. */
    EXPIRED,
    /** Its issue time lies in the future (beyond the allowed clock skew). */
    NOT_YET_VALID,
    /** Older than the directory already trusted (lower sequence number). */
    ROLLBACK,
    /** Correctly signed but its content breaks the directory schema or its rules. */
    INVALID_CONTENT,
    /** No directory has been trusted yet: the node has not loaded one successfully. */
    NOT_LOADED;

    /** Stable lower-case code, e.g. {@code not-yet-valid}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
