package id.simpul.adapters.oss.internal;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Switches off the HTTP clients' wire logging. At debug levels Apache HttpClient (under RESTEasy)
 * logs every header and body, and the JDK's {@code HttpURLConnection} every request header: that
 * would put OSS's {@code user_key} and the personal data in OSS answers (the person responsible for
 * a business) into the logs. The loggers are held here so that {@code java.util.logging} cannot
 * forget their level. A deployment that routes these loggers to another backend must keep them
 * below debug there too.
 */
final class WireLogging {

    private static final List<Logger> SILENCED = List.of(
            Logger.getLogger("org.apache.http.wire"),
            Logger.getLogger("org.apache.http.headers"),
            Logger.getLogger("sun.net.www.protocol.http.HttpURLConnection"));

    static {
        SILENCED.forEach(logger -> logger.setLevel(Level.OFF));
    }

    private WireLogging() {
    }

    /** Makes sure the levels are set; cheap, idempotent. */
    static void silence() {
        SILENCED.forEach(logger -> {
            if (logger.getLevel() != Level.OFF) {
                logger.setLevel(Level.OFF);
            }
        });
    }
}
