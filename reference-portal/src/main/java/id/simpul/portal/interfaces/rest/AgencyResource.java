package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.InvalidInputException;
import id.simpul.portal.infrastructure.config.NodeConfiguration;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * The offices (instansi) of the node's configuration — its own regency's and its partners' — in
 * file order, optionally those of one regency. Public, like the catalogue: a citizen needs them to
 * know where to go.
 */
@Path("/agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    NodeConfiguration node;
    @Context
    HttpHeaders headers;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)")})
    @GET
    public JsonArray agencies(@QueryParam("regency") String regency) {
        Locale locale = Problems.locale(headers);
        Optional<RegionCode> only = Optional.ofNullable(regency).filter(r -> !r.isBlank()).map(AgencyResource::regency);
        JsonArrayBuilder a = JSON.createArrayBuilder();
        node.configuration().agencies().stream()
                .filter(ag -> only.map(r -> NodeConfiguration.regencyOf(ag).equals(r)).orElse(true))
                .forEach(ag -> a.add(JsonViews.office(ag, locale)));
        return a.build();
    }

    private static RegionCode regency(String text) {
        Optional<RegionCode> code = RegionCode.tryParse(text.strip());
        if (code.isEmpty() || code.get().level() != RegionLevel.REGENCY) {
            throw new InvalidInputException(List.of(JsonInput.error("regency", "input.regency.malformed",
                    text.length() > 20 ? text.substring(0, 20) : text)));
        }
        return code.get();
    }
}
