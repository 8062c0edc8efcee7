package id.simpul.portal.infrastructure.security;

import id.simpul.portal.application.Role;
import id.simpul.portal.infrastructure.config.NodeConfiguration;
import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.authority.Authority;
import id.simpul.sdk.authority.Delegation;
import id.simpul.sdk.config.RegencyConfiguration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo node's users, taken from offices of the node's configuration so that every officer's
 * agency claim is an office the kewenangan engine can name: one officer per office that holds an
 * authority with a counter ({@code petugas-disdukcapil}, {@code petugas-dpmptsp}, {@code petugas-polres}),
 * the first two camat offices with a delegation ({@code petugas-kecamatan}, {@code petugas-kecamatan-b}),
 * the online counter ({@code petugas-mpp}), a supervisor, an administrator and a citizen. Demo mode only.
 */
public final class DemoUsers {

    /** A demo user: login, roles, agency claim (may be null) and what they are for. */
    public record DemoUser(String username, Set<Role> roles, String agency, String description) {
    }

    private DemoUsers() {
    }

    public static List<DemoUser> of(RegencyConfiguration config, AgencyId onlineOffice) {
        String prefix = config.node().value() + "-";
        List<DemoUser> users = new ArrayList<>();
        users.add(new DemoUser("warga", Set.of(Role.CITIZEN), null, "citizen filing online"));
        String firstHolder = null;
        for (Agency holder : localHolders(config)) {
            String id = holder.id().value();
            String suffix = id.startsWith(prefix) ? id.substring(prefix.length()) : id.replace('.', '-');
            users.add(new DemoUser("petugas-" + suffix, Set.of(Role.OFFICER), id, "officer of " + holder.name()));
            firstHolder = firstHolder == null ? id : firstHolder;
        }
        List<Agency> camat = localDelegates(config);
        String[] names = {"petugas-kecamatan", "petugas-kecamatan-b"};
        for (int i = 0; i < Math.min(names.length, camat.size()); i++) {
            users.add(new DemoUser(names[i], Set.of(Role.OFFICER), camat.get(i).id().value(),
                    "officer of the PATEN counter of " + camat.get(i).name()));
        }
        config.agency(onlineOffice).ifPresent(mpp -> users.add(new DemoUser("petugas-mpp", Set.of(Role.OFFICER),
                mpp.id().value(), "officer of the counter of " + mpp.name() + " (also the online channel)")));
        if (firstHolder != null) {
            users.add(new DemoUser("supervisor", Set.of(Role.SUPERVISOR), firstHolder, "supervisor at " + firstHolder));
        }
        users.add(new DemoUser("admin", Set.of(Role.ADMIN), null, "node administrator"));
        return List.copyOf(users);
    }

    public static Optional<DemoUser> find(RegencyConfiguration config, AgencyId onlineOffice, String username) {
        return of(config, onlineOffice).stream().filter(u -> u.username().equals(username)).findFirst();
    }

    /** The node's offices that hold an authority themselves and have a counter, in authority order. */
    private static List<Agency> localHolders(RegencyConfiguration config) {
        Set<Agency> holders = new LinkedHashSet<>();
        for (Authority a : config.authorities().authorities()) {
            config.agency(a.holder()).filter(Agency::isServicePoint).filter(h -> isLocal(config, h))
                    .ifPresent(holders::add);
        }
        return List.copyOf(holders);
    }

    /** The node's offices that receive a delegation, sorted by id. */
    private static List<Agency> localDelegates(RegencyConfiguration config) {
        Set<Agency> delegates = new LinkedHashSet<>();
        config.authorities().delegations().stream().map(Delegation::delegate).sorted().distinct()
                .forEach(id -> config.agency(id).filter(d -> isLocal(config, d)).ifPresent(delegates::add));
        return List.copyOf(delegates);
    }

    private static boolean isLocal(RegencyConfiguration config, Agency a) {
        return NodeConfiguration.regencyOf(a).equals(config.node());
    }
}
