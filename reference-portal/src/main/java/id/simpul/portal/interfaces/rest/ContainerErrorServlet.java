package id.simpul.portal.interfaces.rest;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

/**
 * The error page for failures the container answers before the REST layer sees the request (an
 * invalid or expired bearer token, an unknown path): renders them as problem+json too.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object code = req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Locale locale = Locale.forLanguageTag("id");
        for (Locale l : req.getHeader("Accept-Language") == null ? java.util.List.<Locale>of()
                : Collections.list(req.getLocales())) {
            if ("en".equals(l.getLanguage())) {
                locale = Locale.ENGLISH;
                break;
            }
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                break;
            }
        }
        String slug;
        String key;
        switch (status) {
            case 401 -> {
                slug = "unauthenticated";
                key = "auth.invalid-token";
                resp.setHeader("WWW-Authenticate", "Bearer");
            }
            case 403 -> {
                slug = "forbidden";
                key = "auth.forbidden";
            }
            case 404 -> {
                slug = "not-found";
                key = "route.not-found";
            }
            case 405 -> {
                slug = "method-not-allowed";
                key = "method.not-allowed";
            }
            case 413 -> {
                slug = "payload-too-large";
                key = "body.too-large.container";
            }
            default -> {
                slug = status < 500 ? "bad-request" : "internal-error";
                key = status < 500 ? "request.rejected" : "internal.error.container";
            }
        }
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var response = Problems.problem(status, slug, key, locale, uri == null ? null : uri.toString(), status);
        resp.setStatus(status);
        resp.setContentType("application/problem+json");
        resp.setCharacterEncoding("UTF-8");
        resp.getOutputStream().write(response.getEntity().toString().getBytes(StandardCharsets.UTF_8));
    }
}
