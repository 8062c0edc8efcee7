package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.RequestService;
import id.simpul.portal.application.TrackingView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Public tracking by registration number (nomor registrasi), without login and without personal data. */
@Path("/track")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrackResource {

    @Inject
    RequestService requests;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @GET
    @Path("/{registrationNumber}")
    public TrackingView track(@PathParam("registrationNumber") String registrationNumber) {
        return requests.track(registrationNumber);
    }
}
