package id.simpul.adapters.support;

import id.simpul.sdk.spi.RemoteFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * How HTTP answers and I/O failures map to {@link RemoteFailure}s, the same for every HTTP adapter.
 */
public final class HttpFailures {

    private HttpFailures() {
    }

    /**
     * The failure an HTTP status stands for, or empty for 2xx. 404 is not mapped here: for most
     * systems it means "no such record", which the adapter answers as an empty result.
     */
    public static Optional<RemoteFailure> ofStatus(int status) {
        if (status >= 200 && status < 300) {
            return Optional.empty();
        }
        return Optional.of(switch (status) {
            case 401, 403, 407 -> RemoteFailure.CREDENTIALS_REJECTED;
            case 408, 504 -> RemoteFailure.TIMEOUT;
            case 429, 502, 503 -> RemoteFailure.UNAVAILABLE;
            default -> status >= 500 ? RemoteFailure.REMOTE_ERROR
                    : status >= 400 ? RemoteFailure.REQUEST_REFUSED : RemoteFailure.MALFORMED_ANSWER;
        });
    }

    /**
     * The failure an exception from an HTTP client stands for, judged by the first I/O exception in its
     * cause chain; empty when there is none (a defect, not a remote failure).
     */
    public static Optional<RemoteFailure> ofException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException || (t instanceof InterruptedIOException
                    && !(t instanceof java.nio.channels.ClosedByInterruptException))) {
                return Optional.of(RemoteFailure.TIMEOUT);
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException) {
                return Optional.of(RemoteFailure.UNAVAILABLE);
            }
            if (t instanceof IOException) {
                return Optional.of(RemoteFailure.UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    /** A detail for messages: the status, e.g. {@code HTTP 503}. */
    public static String detail(int status) {
        return "HTTP " + status;
    }
}
