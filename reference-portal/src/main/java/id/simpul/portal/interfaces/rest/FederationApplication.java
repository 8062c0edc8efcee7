package id.simpul.portal.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The federation API between regency nodes, under {@code /federation/v1}
 * ({@code specs/openapi/federation-api.v1.yaml}). Messages carry their own signatures: no bearer
 * token, and nothing of the portal's API is served here.
 */
@ApplicationPath("/federation/v1")
@ApplicationScoped
public class FederationApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(FederationResource.class);
    }
}
