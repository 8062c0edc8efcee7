package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.InvalidInputException;
import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.domain.routing.AuthorityRefusedException;
import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.SimpulRemoteException;
import id.simpul.sdk.calendar.CalendarYearNotAvailableException;
import id.simpul.sdk.catalogue.InvalidFormException;
import id.simpul.sdk.catalogue.UnknownServiceException;
import id.simpul.sdk.request.ActionNotPermittedException;
import id.simpul.sdk.request.IllegalTransitionException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every failure into a problem+json response. Client mistakes become 4xx with the SDK's or
 * the portal's localized text; anything unexpected becomes a 500 that shows only a correlation id,
 * while the log keeps the chain of exception classes and frames, never their messages, which for
 * database errors can quote row values.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;
    @Context
    jakarta.servlet.http.HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        Locale locale = Problems.locale(headers);
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        if (t instanceof InvalidInputException e) {
            return Problems.problem(400, "invalid-input", e.code(), e.getMessage(locale), e.errors(), locale, instance);
        }
        if (t instanceof PortalProblem p) {
            return Problems.problem(p.kind().status(), p.kind().slug(), p.code(), p.getMessage(locale), List.of(),
                    locale, instance);
        }
        if (t instanceof AuthorityRefusedException r) {
            // the summary names the service, the region and the day, then the legal reason
            String summary = r.refusal().explain(locale).lines().findFirst().orElse(r.getMessage(locale));
            return Problems.problem(422, "authority-refused", r.code(), summary, List.of(), locale,
                    instance, b -> JsonViews.refusal(b, r.refusal(), locale));
        }
        if (t instanceof SimpulException e) {
            return sdkProblem(e, locale, instance);
        }
        if (t instanceof OptimisticLockException || isIntegrityViolation(thrown)) {
            return Problems.problem(409, "conflict", "concurrent.change", locale, instance);
        }
        if (t instanceof NotFoundException) {
            return Problems.problem(404, "not-found", "route.not-found", locale, instance);
        }
        if (t instanceof NotAllowedException) {
            return Problems.problem(405, "method-not-allowed", "method.not-allowed", locale, instance);
        }
        if (t instanceof NotSupportedException) {
            return Problems.problem(415, "unsupported-media-type", "media.unsupported", locale, instance);
        }
        if (t instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            int status = w.getResponse().getStatus();
            return Problems.problem(status, "bad-request", "request.rejected", locale, instance, status);
        }
        Object given = request == null ? null : request.getAttribute(CorrelationFilter.PROPERTY);
        String correlation = given != null ? given.toString() : UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, () -> "Unexpected failure, correlation id " + correlation + ": " + describe(thrown));
        return Problems.problem(500, "internal-error", "internal.error", locale, instance, correlation);
    }

    private static Response sdkProblem(SimpulException e, Locale locale, String instance) {
        String detail = e.getMessage(locale);
        if (e instanceof InvalidFormException f) {
            List<id.simpul.portal.application.FieldError> errors = f.problems().stream()
                    .map(p -> new id.simpul.portal.application.FieldError("form." + p.field(), p.code(), p.message()))
                    .toList();
            return Problems.problem(400, "invalid-input", e.code(), detail, errors, locale, instance);
        }
        if (e instanceof IllegalTransitionException t) {
            // a retried transition whose effect already happened lands here: the status says so
            return Problems.problem(409, "illegal-transition", e.code(), detail, List.of(), locale, instance,
                    b -> b.add("currentStatus", t.status().name()).add("allowedActions",
                            JsonViews.strings(t.allowedActions().stream().map(Enum::name).toList())));
        }
        if (e instanceof ActionNotPermittedException) {
            return Problems.problem(403, "action-not-permitted", e.code(), detail, List.of(), locale, instance);
        }
        if (e instanceof UnknownServiceException) {
            return Problems.problem(404, "not-found", e.code(), detail, List.of(), locale, instance);
        }
        if (e instanceof CalendarYearNotAvailableException) {
            return Problems.problem(503, "calendar-unavailable", e.code(), detail, List.of(), locale, instance);
        }
        if (e instanceof SimpulRemoteException) {
            return Problems.problem(503, "upstream-unavailable", e.code(), detail, List.of(), locale, instance);
        }
        if (e instanceof SimpulClientException) {
            return Problems.problem(400, "invalid-input", e.code(), detail, List.of(), locale, instance);
        }
        return Problems.problem(500, "internal-error", e.code(), detail, List.of(), locale, instance);
    }

    /** A constraint of the schema refused a write: only concurrent changes of one thing get there. */
    static boolean isIntegrityViolation(Throwable thrown) {
        Throwable c = thrown;
        for (int i = 0; i < 12 && c != null; i++, c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure without its messages: database drivers put row values (form data, NIKs) into
     * theirs. Each cause's class and the frame where it was thrown are enough to find the bug.
     */
    static String describe(Throwable thrown) {
        StringBuilder b = new StringBuilder();
        Throwable c = thrown;
        for (int i = 0; i < 12 && c != null; i++, c = c.getCause()) {
            if (i > 0) {
                b.append(" <- caused by ");
            }
            b.append(c.getClass().getName());
            if (c instanceof SimpulException s) {
                b.append('[').append(s.code()).append(']');
            }
            StackTraceElement[] trace = c.getStackTrace();
            if (trace.length > 0) {
                b.append(" at ").append(trace[0]);
            }
            for (StackTraceElement e : trace) {
                if (e.getClassName().startsWith("id.simpul.")) {
                    b.append(" (from ").append(e).append(')');
                    break;
                }
            }
        }
        return b.toString();
    }

    /** EJB/CDI/JTA wrap the real failure; find the first cause that is ours or a JAX-RS one. */
    private static Throwable unwrap(Throwable t) {
        Throwable c = t;
        for (int i = 0; i < 10 && c != null; i++) {
            if (c instanceof SimpulException || c instanceof WebApplicationException
                    || c instanceof OptimisticLockException) {
                return c;
            }
            c = c.getCause();
        }
        return t;
    }
}
