package id.simpul.portal.infrastructure.security;

import id.simpul.portal.application.Role;
import id.simpul.sdk.region.RegionCode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The demo node's users, one per role, with agencies of the node's regency. Demo mode only. */
public final class DemoUsers {

    /** A demo user: login, roles, agency claim (may be null) and what they are for. */
    public record DemoUser(String username, Set<Role> roles, String agency, String description) {
    }

    private DemoUsers() {
    }

    public static List<DemoUser> of(RegionCode regency) {
        String r = regency.value();
        String firstKecamatan = r + ".01";
        return List.of(
                new DemoUser("warga", Set.of(Role.CITIZEN), null, "citizen filing online"),
                new DemoUser("petugas-disdukcapil", Set.of(Role.OFFICER), r + "-disdukcapil",
                        "officer of the civil registry (Disdukcapil)"),
                new DemoUser("petugas-kecamatan", Set.of(Role.OFFICER), firstKecamatan + "-kecamatan",
                        "officer of the PATEN counter of kecamatan " + firstKecamatan),
                new DemoUser("petugas-mpp", Set.of(Role.OFFICER), r + "-mpp",
                        "officer of the Mal Pelayanan Publik counter"),
                new DemoUser("supervisor", Set.of(Role.SUPERVISOR), r + "-disdukcapil", "supervisor at Disdukcapil"),
                new DemoUser("admin", Set.of(Role.ADMIN), null, "node administrator"));
    }

    public static Optional<DemoUser> find(RegionCode regency, String username) {
        return of(regency).stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
