package id.simpul.sdk.config;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.region.RegionCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A regency configuration that passed every check: the node it belongs to, the regencies it
 * describes, their agencies, the service catalogue and the authority rules. Immutable.
 */
public final class RegencyConfiguration {

    private final RegionCode node;
    private final String nodeName;
    private final List<RegionCode> regencies;
    private final Map<AgencyId, Agency> agencies;
    private final ServiceCatalogue catalogue;

    RegencyConfiguration(RegionCode node, String nodeName, List<RegionCode> regencies, List<Agency> agencies,
                         ServiceCatalogue catalogue) {
        this.node = Objects.requireNonNull(node, "node");
        this.nodeName = Objects.requireNonNull(nodeName, "nodeName");
        this.regencies = List.copyOf(regencies);
        Map<AgencyId, Agency> byId = new LinkedHashMap<>();
        agencies.forEach(a -> byId.put(a.id(), a));
        this.agencies = java.util.Collections.unmodifiableMap(byId);
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
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
        return List.copyOf(agencies.values());
    }

    public Optional<Agency> agency(AgencyId id) {
        return Optional.ofNullable(agencies.get(id));
    }

    public ServiceCatalogue catalogue() {
        return catalogue;
    }

    @Override
    public String toString() {
        return "RegencyConfiguration[node " + node + ", " + regencies.size() + " regencies, " + agencies.size()
                + " agencies, " + catalogue.size() + " services]";
    }
}
