package id.simpul.adapters.dukcapil.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Dukcapil web service as a MicroProfile REST Client interface. Bodies travel as JSON text so the
 * adapter reads every answer itself: errors come inside {@code content} with HTTP 200, and an
 * unreadable answer must become a clean failure rather than a provider exception quoting it.
 */
@Path("/dukcapil/get_json")
public interface DukcapilApi {

    @POST
    @Path("/{institution}/{method}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response call(@PathParam("institution") String institution, @PathParam("method") String method, String body);
}
