package id.simpul.portal.interfaces.rest;

import id.simpul.portal.infrastructure.config.NodeConfiguration;
import id.simpul.sdk.calendar.WorkingCalendar;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * The cooperation agreements (perjanjian kerja sama, PP 28/2018) of the node's configuration: the
 * parties, the instrument to cite, the validity and where each stands today, and per party which
 * services its counters accept for the others' residents and which form fields may travel. Public.
 */
@Path("/agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    NodeConfiguration node;
    @Inject
    WorkingCalendar calendar;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK")})
    @GET
    public JsonArray agreements() {
        LocalDate today = LocalDate.now(calendar.serviceHours().zone());
        JsonArrayBuilder a = JSON.createArrayBuilder();
        node.configuration().authorities().agreements().forEach(g -> a.add(JsonViews.agreement(g, today)));
        return a.build();
    }
}
