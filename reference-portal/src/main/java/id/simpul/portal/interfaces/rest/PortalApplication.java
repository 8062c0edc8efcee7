package id.simpul.portal.interfaces.rest;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The portal's REST API, everything under {@code /api/v1}. Bearer tokens are verified by
 * MicroProfile JWT (the class is a CDI bean so that the JWT extension finds its {@code @LoginConfig}); which caller may do what is decided by the application layer, per request.
 */
@ApplicationPath("/api/v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({"CITIZEN", "OFFICER", "SUPERVISOR", "ADMIN"})
public class PortalApplication extends Application {

    /**
     * The API's resources and providers, listed so that nothing else on the class path becomes an
     * endpoint (the Dukcapil adapter's MicroProfile REST Client interface carries {@code @Path} too).
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(ServiceResource.class, RegionResource.class, AgencyResource.class, AgreementResource.class,
                AuthorityResource.class, RequestResource.class, TrackResource.class,
                AuditResource.class, DemoTokenResource.class, BenchResource.class, ProblemMapper.class,
                CorrelationFilter.class, FederationAdminResource.class);
    }
}
