package id.simpul.portal.interfaces.rest;

import id.simpul.portal.application.Caller;
import id.simpul.portal.application.Role;
import id.simpul.sdk.agency.AgencyId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request, from the MicroProfile JWT bearer token the container has
 * verified (signature, issuer, expiry). Roles come from the {@code groups} claim; the office from
 * the {@code agency} claim. No token: anonymous.
 */
@RequestScoped
public class CallerResolver {

    @Inject
    JsonWebToken jwt;

    public Caller caller() {
        if (jwt == null || jwt.getRawToken() == null || jwt.getName() == null) {
            return Caller.anonymous();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String g : jwt.getGroups() == null ? Set.<String>of() : jwt.getGroups()) {
            for (Role r : Role.values()) {
                if (r.name().equals(g)) {
                    roles.add(r);
                }
            }
        }
        Object agency = jwt.getClaim("agency");
        Optional<AgencyId> office = Optional.ofNullable(agency).map(a -> a.toString().replace("\"", ""))
                .filter(AgencyId::isWellFormed).map(AgencyId::of);
        return new Caller(jwt.getName(), roles, office);
    }
}
