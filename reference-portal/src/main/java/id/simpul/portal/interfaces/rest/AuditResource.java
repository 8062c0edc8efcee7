package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.AuditTrail;
import id.simpul.portal.application.Caller;
import id.simpul.portal.application.Role;
import id.simpul.portal.domain.PortalProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Checks the audit chain end to end (ADMIN only). */
@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditTrail audit;
    @Inject
    CallerResolver callers;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "401", description = "No valid bearer token (problem+json)"),
            @APIResponse(responseCode = "403", description = "Not allowed (problem+json)")})
    @GET
    @Path("/verify")
    public AuditTrail.Verification verify() {
        Caller caller = callers.caller();
        if (!caller.isAuthenticated()) {
            throw new PortalProblem(PortalProblem.Kind.UNAUTHENTICATED, "auth.required");
        }
        if (!caller.has(Role.ADMIN)) {
            throw new PortalProblem(PortalProblem.Kind.FORBIDDEN, "auth.role", "[ADMIN]");
        }
        return audit.verify();
    }
}
