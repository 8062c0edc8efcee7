package id.simpul.sdk.region;

import id.simpul.sdk.region.internal.MapRegionRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The set of regions that exist: lookups by code, children, parent chain and name search.
 *
 * <p>{@link #official()} is the whole Kemendagri dataset shipped inside the jar (ODbL, see the
 * NOTICE next to it). {@link #of(Collection)} builds a registry from any regions, for tests and
 * for deployments that maintain their own list. Implementations are immutable and thread-safe.
 */
public interface RegionRegistry {

    /** The official Kemendagri dataset, loaded once and shared. */
    static RegionRegistry official() {
        return id.simpul.sdk.region.internal.OfficialRegions.registry();
    }

    /**
     * A registry of the given regions. Every region's parent must be among them.
     *
     * @throws IllegalArgumentException naming the first code whose parent is missing or that repeats
     */
    static RegionRegistry of(Collection<Region> regions) {
        return MapRegionRegistry.of(regions);
    }

    Optional<Region> find(String code);

    Optional<Region> find(RegionCode code);

    /** Direct children of a code, ordered by code; empty when the code has none or is unknown. */
    List<Region> children(String code);

    List<Region> children(RegionCode code);

    /** The region and its ancestors, from the region itself up to its province. */
    List<Region> parentChain(RegionCode code);

    /**
     * Regions whose name contains the query, ignoring case, accents, punctuation and extra spaces,
     * ordered by level then code, at most {@code limit}.
     */
    List<Region> search(String query, int limit);

    /** Same as {@link #search(String, int)} restricted to one level. */
    List<Region> search(String query, RegionLevel level, int limit);

    /** Number of regions at a level. */
    int count(RegionLevel level);
}
