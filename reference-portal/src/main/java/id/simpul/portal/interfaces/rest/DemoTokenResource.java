package id.simpul.portal.interfaces.rest;

import id.simpul.portal.domain.PortalProblem;
import id.simpul.portal.infrastructure.config.NodeSettings;
import id.simpul.portal.infrastructure.security.DemoKeys;
import id.simpul.portal.infrastructure.security.DemoTokenIssuer;
import id.simpul.portal.infrastructure.security.DemoUsers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/**
 * Hands out bearer tokens for the demo users. Exists only in demo mode; on any other node it
 * answers 404 as if it were not there.
 */
@Path("/demo/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DemoTokenResource {

    @Inject
    NodeSettings node;
    @Inject
    id.simpul.portal.infrastructure.config.NodeConfiguration config;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> token(String body) {
        if (!node.demoMode()) {
            throw new PortalProblem(PortalProblem.Kind.NOT_FOUND, "route.not-found");
        }
        JsonObject json = JsonInput.parseObject(body, 4096);
        List<id.simpul.portal.application.FieldError> errors = new ArrayList<>();
        String username = JsonInput.string(json, "username", "username", errors);
        if (username == null && errors.isEmpty()) {
            errors.add(JsonInput.error("username", "input.required"));
        }
        if (!errors.isEmpty()) {
            throw new id.simpul.portal.application.InvalidInputException(errors);
        }
        DemoUsers.DemoUser user = DemoUsers.find(config.configuration(), config.onlineOffice().id(), username).orElseThrow(
                () -> new PortalProblem(PortalProblem.Kind.NOT_FOUND, "demo.unknown-user", username));
        String token = new DemoTokenIssuer(DemoKeys.inDataFolder()).issue(user, Instant.now());
        return Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", DemoTokenIssuer.LIFETIME.toSeconds(), "username", user.username(),
                "roles", user.roles().stream().map(Enum::name).sorted().toList(),
                "agency", user.agency() == null ? "" : user.agency());
    }
}
