package id.simpul.federation.message;

import java.util.Locale;

/** Why a node refuses a federation message. Each has a stable {@link #code()} for APIs and audit. */
public enum Refusal {
    /** Not a compact JWS of the message type, or its content breaks the envelope shape. */
    MALFORMED,
    /** Addressed to another node. */
    WRONG_RECEIVER,
    /** The sender is not in the directory. */
    UNKNOWN_SENDER,
    /** The sender is in the directory but not trusted at the time it claims to have sent. */
    SENDER_NOT_TRUSTED,
    /** The signature is not the sender's, or the content was changed after signing. */
    FORGED_SIGNATURE,
    /** Sent longer ago than the allowed clock skew. */
    STALE,
    /** Dated in the future beyond the allowed clock skew. */
    FUTURE,
    /** The message id was already used by this sender for a different message. */
    REPLAYED,
    /** Sender and receiver do not match the case's filing and competent regencies for this kind. */
    WRONG_PARTIES,
    /** No cooperation agreement binds the two regencies. */
    NO_AGREEMENT,
    /** The agreement is not yet in force on that day. */
    AGREEMENT_NOT_YET_IN_FORCE,
    /** The agreement expired before that day. */
    AGREEMENT_EXPIRED,
    /** The agreement was terminated early before that day. */
    AGREEMENT_TERMINATED,
    /** The agreement does not include the service. */
    SERVICE_OUT_OF_SCOPE,
    /** The message carries form fields the agreement does not allow to travel. */
    FIELD_NOT_ALLOWED,
    /** A receipt answers another message than the one sent. */
    RECEIPT_MISMATCH,
    /** The node's own directory is expired or not loaded: it cannot judge any message now. */
    DIRECTORY_UNAVAILABLE;

    /** Stable lower-case code, e.g. {@code agreement-expired}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the sender may succeed later with the very same message (only the receiver's state was at fault). */
    public boolean retryable() {
        return this == DIRECTORY_UNAVAILABLE;
    }
}
