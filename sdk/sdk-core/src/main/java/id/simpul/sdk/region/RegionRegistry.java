package id.simpul.sdk.region;

import id.simpul.sdk.region.internal.CompactRegionRegistry;
import id.simpul.sdk.region.internal.OfficialRegions;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The set of regions that exist (wilayah administrasi pemerintahan): lookups by code, children,
 * parent chain and name search.
 *
 * <p>{@link #official()} is the whole Kemendagri dataset shipped inside the jar (ODbL, see the
 * NOTICE next to it). {@link #of(Collection)} builds a registry from any regions, for tests and
 * for deployments that maintain their own list. Implementations are immutable and thread-safe.
 * Lookups answer fresh {@link Region} values; an unknown or malformed code simply finds nothing.
 */
public interface RegionRegistry {

    /**
     * The official Kemendagri dataset: 38 provinces, 514 regencies, 7,285 kecamatan and 83,762
     * villages (idn-area-data 4.0.1, Kepmendagri 300.2.2-2138/2025). Loaded on first use, once,
     * then shared; safe to call from any thread.
     */
    static RegionRegistry official() {
        return OfficialRegions.registry();
    }

    /**
     * A registry of the given regions, in any order. Every region's parent must be among them.
     *
     * @throws InvalidRegionException naming the first code whose parent is missing or that repeats
     */
    static RegionRegistry of(Collection<Region> regions) {
        return CompactRegionRegistry.of(regions);
    }

    Optional<Region> find(String code);

    Optional<Region> find(RegionCode code);

    /** Whether the code is in this registry; like {@code find(code).isPresent()}, without building a value. */
    default boolean contains(RegionCode code) {
        return find(code).isPresent();
    }

    /** Direct children of a code, ordered by code; empty when the code has none or is unknown. */
    List<Region> children(String code);

    List<Region> children(RegionCode code);

    /** The region and its ancestors, from the region itself up to its province. */
    List<Region> parentChain(RegionCode code);

    /** Every region of a level, ordered by code, e.g. all provinces for a first drop-down list. */
    List<Region> all(RegionLevel level);

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
