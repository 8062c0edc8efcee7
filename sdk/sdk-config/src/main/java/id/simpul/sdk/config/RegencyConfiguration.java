package id.simpul.sdk.config;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.authority.AuthorityConfiguration;
import id.simpul.sdk.authority.AuthorityResolver;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A regency configuration that passed every check: the node it belongs to, the regencies it
 * describes, their agencies, the service catalogue and the authority rules. Immutable and
 * thread-safe.
 */
public final class RegencyConfiguration {

    private final RegionCode node;
    private final String nodeName;
    private final List<RegionCode> regencies;
    private final AuthorityConfiguration authorities;

    RegencyConfiguration(RegionCode node, String nodeName, List<RegionCode> regencies,
                         AuthorityConfiguration authorities) {
        this.node = Objects.requireNonNull(node, "node");
        this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
        this.regencies = List.copyOf(regencies);
        this.authorities = Objects.requireNonNull(authorities, "authorities");
    }

    /** The regency (kabupaten/kota) running this node. */
    public RegionCode node() {
        return node;
    }

    public String nodeName() {
        return nodeName;
    }

    /** The regencies described, the node's own first. */
    public List<RegionCode> regencies() {
        return regencies;
    }

    /** Every agency, in file order. */
    public List<Agency> agencies() {
        return List.copyOf(authorities.agencies());
    }

    public Optional<Agency> agency(AgencyId id) {
        return authorities.agency(id);
    }

    public ServiceCatalogue catalogue() {
        return authorities.catalogue();
    }

    /**
     * The checked authority rules (kewenangan, pelimpahan, perjanjian kerja sama) with the agencies
     * and the catalogue; its warnings are in {@code authorities().report()}.
     */
    public AuthorityConfiguration authorities() {
        return authorities;
    }

    /**
     * The same configuration as seen from another of the regencies it describes: that regency runs
     * the node, the others are its partners. One demo world can so start several federated nodes
     * (e.g. Kubu Raya, Kapuas Hulu and Kapuas), each with the same rules and agreements.
     *
     * @param otherNode a regency listed in {@link #regencies()}
     * @throws UnknownNodeException when the configuration does not describe that regency
     */
    public RegencyConfiguration asNode(RegionCode otherNode) {
        Objects.requireNonNull(otherNode, "node");
        if (otherNode.equals(node)) {
            return this;
        }
        if (!regencies.contains(otherNode)) {
            throw new UnknownNodeException(otherNode, regencies);
        }
        List<RegionCode> reordered = new ArrayList<>(regencies.size());
        reordered.add(otherNode);
        regencies.stream().filter(r -> !r.equals(otherNode)).forEach(reordered::add);
        String name = authorities.regions().find(otherNode).map(Region::name).orElse(otherNode.value());
        return new RegencyConfiguration(otherNode, name, reordered, authorities);
    }

    /** Who may decide a request: the engine's resolver over this configuration. Thread-safe. */
    public AuthorityResolver resolver() {
        return authorities.resolver();
    }

    @Override
    public String toString() {
        return "RegencyConfiguration[node " + node + ", " + regencies.size() + " regencies, " + authorities + "]";
    }
}
