package id.simpul.portal.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gives every API call a correlation id (the caller's {@code X-Correlation-Id} when well formed,
 * else a new one), returns it in the response and writes one log line per call: correlation id,
 * resource method, status and duration. Never the URI, the body or the caller, which may carry
 * personal data.
 */
@Provider
@PreMatching
public class CorrelationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Correlation-Id";
    static final String PROPERTY = "simpul.correlation-id";
    private static final String STARTED = "simpul.started-nanos";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Logger LOG = Logger.getLogger("id.simpul.portal.access");

    @Context
    ResourceInfo resource;
    @Inject
    @ConfigProperty(name = "simpul.api.log-requests", defaultValue = "true")
    boolean logRequests;

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id == null) {
            return;
        }
        response.getHeaders().putSingle(HEADER, id);
        if (logRequests && LOG.isLoggable(Level.INFO)) {
            long micros = (System.nanoTime() - (Long) request.getProperty(STARTED)) / 1000;
            String target = resource != null && resource.getResourceMethod() != null
                    ? resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName()
                    : "unmatched";
            LOG.info(() -> "correlation=" + id + " " + request.getMethod() + " " + target + " status="
                    + response.getStatus() + " micros=" + micros);
        }
    }
}
