package id.simpul.portal.interfaces.rest;

import id.simpul.portal.domain.PortalProblem;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

/** Kemendagri regions (kode wilayah) from the official dataset bundled with the SDK. Public. */
@Path("/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionRegistry regions;

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @GET
    @Path("/{code}")
    public Map<String, Object> region(@PathParam("code") String code) {
        return view(find(code));
    }

    @APIResponses({
            @APIResponse(responseCode = "200", description = "OK"),
            @APIResponse(responseCode = "400", description = "Invalid input (problem+json)"),
            @APIResponse(responseCode = "404", description = "Not found (problem+json)")})
    @GET
    @Path("/{code}/children")
    public List<Map<String, Object>> children(@PathParam("code") String code) {
        return regions.children(find(code).code()).stream().map(RegionResource::view).toList();
    }

    private Region find(String text) {
        RegionCode code = RegionCode.parse(text);
        return regions.find(code).orElseThrow(
                () -> new PortalProblem(PortalProblem.Kind.NOT_FOUND, "region.not-found", code.value()));
    }

    static Map<String, Object> view(Region r) {
        return Map.of("code", r.code().value(), "name", r.name(), "level", r.level().name(),
                "parent", r.parent().map(RegionCode::value).orElse(""));
    }
}
