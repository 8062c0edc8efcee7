package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.FieldError;
import id.simpul.portal.application.InvalidInputException;
import id.simpul.portal.domain.routing.CompetentOffice;
import id.simpul.portal.domain.routing.CompetentOfficeResolver;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.request.Channel;
import id.simpul.sdk.request.FilingPoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * Asks the kewenangan engine who may decide a service for a region when filed at an office, on a
 * day, with request attributes ({@code attr.luas_bangunan=64}): the competent office with the legal
 * chain (200), or the refusal naming the missing link and the legal reason (422). Public: the same
 * answer a counter officer shows a citizen.
 */
@Path("/authorities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityResource {

    static final String ATTRIBUTE_PREFIX = "attr.";
    private static final int MAX_ATTRIBUTES = 50;

    @Inject
    CompetentOfficeResolver resolver;
    @Inject
    WorkingCalendar calendar;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "The competent office and the legal chain"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "422", description = "Refused: missing link and legal reason (problem+json)")})
    @GET
    @Path("/resolve")
    public JsonObject resolve(@QueryParam("service") String service, @QueryParam("region") String region,
            @QueryParam("filingAgency") String filingAgency, @QueryParam("channel") String channel,
            @QueryParam("date") String date) {
        List<FieldError> errors = new ArrayList<>();
        ServiceCode code = null;
        if (blank(service)) {
            errors.add(JsonInput.error("service", "input.required"));
        } else if (!ServiceCode.isWellFormed(service)) {
            errors.add(JsonInput.error("service", "input.service.unknown", cut(service)));
        } else {
            code = ServiceCode.of(service);
        }
        RegionCode subject = null;
        if (blank(region)) {
            errors.add(JsonInput.error("region", "input.required"));
        } else {
            subject = RegionCode.tryParse(region).orElse(null);
            if (subject == null) {
                errors.add(JsonInput.error("region", "input.region.malformed", cut(region)));
            }
        }
        AgencyId agency = null;
        if (blank(filingAgency)) {
            errors.add(JsonInput.error("filingAgency", "input.required"));
        } else if (!AgencyId.isWellFormed(filingAgency)) {
            errors.add(JsonInput.error("filingAgency", "input.agency.malformed", cut(filingAgency)));
        } else {
            agency = AgencyId.of(filingAgency);
        }
        Channel via = Channel.COUNTER;
        if (!blank(channel)) {
            via = Channel.fromConfigName(channel).orElse(null);
            if (via == null) {
                errors.add(JsonInput.error("channel", "input.channel.unknown", cut(channel)));
            }
        }
        LocalDate day = LocalDate.now(calendar.serviceHours().zone());
        if (!blank(date)) {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                errors.add(JsonInput.error("date", "input.date.malformed", cut(date)));
            }
        }
        FormData attributes = attributes(errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CompetentOffice office = resolver.resolve(code, subject, FilingPoint.of(agency, via), day, attributes);
        return JsonViews.decision(office.decision(), Problems.locale(headers));
    }

    private FormData attributes(List<FieldError> errors) {
        FormData.Builder b = FormData.builder();
        int count = 0;
        for (Map.Entry<String, List<String>> p : uri.getQueryParameters().entrySet()) {
            if (!p.getKey().startsWith(ATTRIBUTE_PREFIX)) {
                continue;
            }
            String name = p.getKey().substring(ATTRIBUTE_PREFIX.length());
            if (++count > MAX_ATTRIBUTES) {
                errors.add(JsonInput.error("attr", "input.attributes.too-many", MAX_ATTRIBUTES));
                break;
            }
            try {
                b.put(name, p.getValue());
            } catch (RuntimeException e) {
                errors.add(JsonInput.error(p.getKey(), "input.attribute.malformed", cut(name)));
            }
        }
        return b.build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

}
