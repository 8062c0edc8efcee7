package id.simpul.portal.interfaces.rest;

import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.domain.catalogue.CatalogueSource;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.AllowedValue;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.RequiredDocument;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.StandardComponent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * The catalogue: each service's standar pelayanan as published to citizens (the six components of
 * PermenPANRB 15/2014) and its typed form, in the caller's language. Public.
 */
@Path("/services")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServiceResource {

    @Inject
    CatalogueSource catalogue;
    @Inject
    WorkingCalendar calendar;
    @Context
    HttpHeaders headers;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK")})
    @GET
    public List<Map<String, Object>> services() {
        Locale locale = Problems.locale(headers);
        LocalDate today = LocalDate.now(calendar.serviceHours().zone());
        return catalogue.catalogue().serviceTypes().stream()
                .map(t -> catalogue.catalogue().inForce(t.code(), today))
                .flatMap(java.util.Optional::stream)
                .map(s -> summary(s, locale)).toList();
    }

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @GET
    @Path("/{code}")
    public Map<String, Object> service(@PathParam("code") String code) {
        Locale locale = Problems.locale(headers);
        if (!ServiceCode.isWellFormed(code)) {
            throw new PortalProblem(PortalProblem.Kind.NOT_FOUND, "service.not-found", code);
        }
        ServiceStandard s = catalogue.catalogue().inForce(ServiceCode.of(code), LocalDate.now(calendar.serviceHours().zone())).orElseThrow(
                () -> new PortalProblem(PortalProblem.Kind.NOT_FOUND, "service.not-found", code));
        Map<String, Object> m = summary(s, locale);
        Map<String, String> published = new LinkedHashMap<>();
        s.publishedToCitizens(locale).forEach((component, text) -> published.put(key(component), text));
        m.put("published", published);
        m.put("legalBasis", s.legalBasis().stream().map(l -> l.citation()).toList());
        m.put("form", s.formAttributes().stream().map(a -> attribute(a, locale)).toList());
        m.put("documents", s.requiredDocuments().stream().map(d -> document(d, locale)).toList());
        return m;
    }

    private static Map<String, Object> summary(ServiceStandard s, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", s.code().value());
        m.put("name", s.serviceType().name().in(locale));
        m.put("category", s.serviceType().category().configName());
        m.put("version", s.version());
        m.put("effectiveFrom", s.effectiveFrom().toString());
        m.put("serviceLevel", s.serviceLevel().describe(locale));
        m.put("fee", s.fee().describe(locale));
        return m;
    }

    private static Map<String, Object> attribute(FormAttribute a, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", a.code());
        m.put("label", a.label().in(locale));
        m.put("type", a.type().name());
        m.put("required", a.isRequired());
        m.put("order", a.order());
        if (a.type().isText()) {
            m.put("maxLength", a.maxLength());
        }
        a.min().ifPresent(v -> m.put("min", v));
        a.max().ifPresent(v -> m.put("max", v));
        if (!a.allowedValues().isEmpty()) {
            m.put("values", a.allowedValues().stream().map(v -> value(v, locale)).toList());
        }
        return m;
    }

    private static Map<String, Object> value(AllowedValue v, Locale locale) {
        return Map.of("code", v.code(), "label", v.label().in(locale));
    }

    private static Map<String, Object> document(RequiredDocument d, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("name", d.name().in(locale));
        m.put("mandatory", d.isMandatory());
        d.validity().ifPresent(p -> m.put("validity", p.toString()));
        return m;
    }

    private static String key(StandardComponent c) {
        String[] parts = c.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }
}
