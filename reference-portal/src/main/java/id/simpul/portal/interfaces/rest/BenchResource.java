package id.simpul.portal.interfaces.rest;

import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.infrastructure.persistence.BenchRows;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * The load benchmark's baseline: an HTTP POST that persists one row in one transaction, through the
 * same server, pool and database as a real submission. Off (404) unless {@code simpul.bench.enabled=true}.
 */
@Path("/bench/rows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

    @Inject
    BenchRows rows;
    @Inject
    @ConfigProperty(name = "simpul.bench.enabled", defaultValue = "false")
    boolean enabled;

    @APIResponses({
            @APIResponse(responseCode = "201", description = "Created"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @POST
    public Response insert() {
        if (!enabled) {
            throw new PortalProblem(PortalProblem.Kind.NOT_FOUND, "route.not-found");
        }
        long id = rows.insert("baseline");
        return Response.status(201).entity("{\"id\":" + id + "}").build();
    }
}
