package id.simpul.portal.application;

import id.simpul.sdk.agency.AgencyId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as proven by the bearer token: subject, roles and, for staff, the agency claim.
 * {@link #anonymous()} for public endpoints. {@code toString} shows the subject id only.
 */
public record Caller(String subject, Set<Role> roles, Optional<AgencyId> agency) {

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(agency, "agency");
    }

    public static Caller anonymous() {
        return new Caller(null, Set.of(), Optional.empty());
    }

    public boolean isAuthenticated() {
        return subject != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** An officer or supervisor whose agency claim is {@code office}. */
    public boolean staffOf(AgencyId office) {
        return (has(Role.OFFICER) || has(Role.SUPERVISOR)) && agency.filter(office::equals).isPresent();
    }

    public boolean isStaff() {
        return has(Role.OFFICER) || has(Role.SUPERVISOR);
    }

    @Override
    public String toString() {
        return "Caller[" + (subject == null ? "anonymous" : subject) + " " + roles + "]";
    }
}
