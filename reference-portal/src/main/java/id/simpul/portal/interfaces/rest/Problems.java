package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.FieldError;
import id.simpul.sdk.LocalizedMessage;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * Builds RFC 9457 {@code application/problem+json} responses: a stable {@code type} URI per kind of
 * problem, a title and detail in the caller's language, the machine code, and per-field errors.
 */
public final class Problems {

    /** Looked up once: {@code Json.createXxx} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String TYPE_BASE = "https://simpul.id/problems/";
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    static final String BUNDLE = "id.simpul.portal.messages";

    private Problems() {
    }

    /** Indonesian unless the caller prefers English before Indonesian in {@code Accept-Language}. */
    public static Locale locale(HttpHeaders headers) {
        if (headers != null) {
            for (Locale l : headers.getAcceptableLanguages()) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                    return LocalizedMessage.INDONESIAN;
                }
            }
        }
        return LocalizedMessage.INDONESIAN;
    }

    public static Response problem(int status, String slug, String code, String detail, List<FieldError> errors,
            Locale locale, String instance) {
        return problem(status, slug, code, detail, errors, locale, instance, b -> { });
    }

    /** The same, with extension members added by {@code extensions} (RFC 9457 section 3.2). */
    public static Response problem(int status, String slug, String code, String detail, List<FieldError> errors,
            Locale locale, String instance, java.util.function.Consumer<JsonObjectBuilder> extensions) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("type", TYPE_BASE + slug)
                .add("title", LocalizedMessage.of(BUNDLE, "problem." + slug + ".title").format(locale))
                .add("status", status)
                .add("detail", detail)
                .add("code", code);
        if (instance != null) {
            b.add("instance", instance);
        }
        if (errors != null && !errors.isEmpty()) {
            JsonArrayBuilder a = JSON.createArrayBuilder();
            for (FieldError e : errors) {
                a.add(JSON.createObjectBuilder().add("field", e.field()).add("code", e.code())
                        .add("detail", e.message().format(locale)));
            }
            b.add("errors", a);
        }
        extensions.accept(b);
        return Response.status(status).type(PROBLEM_JSON).entity(b.build().toString()).build();
    }

    public static Response problem(int status, String slug, String key, Locale locale, String instance,
            Object... args) {
        return problem(status, slug, "portal." + slug, LocalizedMessage.of(BUNDLE, key, args).format(locale), List.of(),
                locale, instance);
    }
}
