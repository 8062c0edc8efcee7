package id.simpul.sdk.region.internal;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.InvalidRegionException;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A registry kept as one {@link LevelTable} per level instead of a map of objects, so the whole
 * Kemendagri dataset (about 92,000 regions) fits in a few megabytes and loads in a fraction of a
 * second. {@link Region} values are made on demand; callers may keep them, the registry does not.
 */
public final class CompactRegionRegistry implements RegionRegistry {

    private static final RegionLevel[] LEVELS = RegionLevel.values();

    private final LevelTable[] tables;

    private CompactRegionRegistry(LevelTable[] tables) {
        this.tables = tables;
    }

    /**
     * A registry of the given regions, in any order.
     *
     * @throws InvalidRegionException naming the first code that repeats or whose parent is missing
     */
    public static CompactRegionRegistry of(Collection<Region> regions) {
        List<Region> sorted = new ArrayList<>(regions);
        // Dotted codes sorted as text put every parent right before its children.
        sorted.sort(Comparator.comparing(r -> r.code().value()));
        Builder builder = new Builder(new int[LEVELS.length]);
        for (Region r : sorted) {
            byte[] name = r.name().getBytes(StandardCharsets.UTF_8);
            builder.add(r.level(), RegionKeys.of(r.code()), name, 0, name.length);
        }
        return builder.build();
    }

    @Override
    public Optional<Region> find(String code) {
        return RegionCode.tryParse(code).flatMap(this::find);
    }

    @Override
    public Optional<Region> find(RegionCode code) {
        LevelTable table = tables[code.level().ordinal()];
        int i = table.indexOf(RegionKeys.of(code));
        return i < 0 ? Optional.empty() : Optional.of(new Region(code, table.name(i)));
    }

    @Override
    public boolean contains(RegionCode code) {
        return tables[code.level().ordinal()].indexOf(RegionKeys.of(code)) >= 0;
    }

    @Override
    public List<Region> children(String code) {
        return RegionCode.tryParse(code).map(this::children).orElse(List.of());
    }

    @Override
    public List<Region> children(RegionCode code) {
        RegionLevel level = code.level();
        if (level == RegionLevel.VILLAGE) {
            return List.of();
        }
        long key = RegionKeys.of(code);
        LevelTable below = tables[level.ordinal() + 1];
        int from = below.lowerBound(key);
        int to = below.lowerBound(key + RegionKeys.span(level));
        return regions(level.ordinal() + 1, from, to);
    }

    @Override
    public List<Region> parentChain(RegionCode code) {
        List<Region> chain = new ArrayList<>(4);
        for (Optional<RegionCode> next = Optional.of(code); next.isPresent(); next = next.get().parent()) {
            find(next.get()).ifPresent(chain::add);
        }
        return List.copyOf(chain);
    }

    @Override
    public List<Region> all(RegionLevel level) {
        return regions(level.ordinal(), 0, tables[level.ordinal()].size());
    }

    @Override
    public List<Region> search(String query, int limit) {
        return search(query, null, limit);
    }

    @Override
    public List<Region> search(String query, RegionLevel level, int limit) {
        String folded = query == null ? "" : SearchText.normalize(query);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Region> found = new ArrayList<>();
        for (int l = 0; l < LEVELS.length && found.size() < limit; l++) {
            if (level != null && level.ordinal() != l) {
                continue;
            }
            LevelTable table = tables[l];
            for (int i = table.nextMatch(folded, 0); i >= 0 && found.size() < limit;
                 i = table.nextMatch(folded, i + 1)) {
                found.add(region(l, i));
            }
        }
        return List.copyOf(found);
    }

    @Override
    public int count(RegionLevel level) {
        return tables[level.ordinal()].size();
    }

    private List<Region> regions(int level, int from, int to) {
        List<Region> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            out.add(region(level, i));
        }
        return List.copyOf(out);
    }

    private Region region(int level, int index) {
        LevelTable table = tables[level];
        RegionCode code = RegionCode.parse(RegionKeys.dotted(table.key(index), LEVELS[level]));
        return new Region(code, table.name(index));
    }

    @Override
    public String toString() {
        return "RegionRegistry[" + count(RegionLevel.PROVINCE) + " provinces, " + count(RegionLevel.REGENCY)
                + " regencies, " + count(RegionLevel.DISTRICT) + " districts, " + count(RegionLevel.VILLAGE)
                + " villages]";
    }

    /** Takes regions parent first, each level in code order, and checks that order. */
    static final class Builder {
        private final LevelTable.Builder[] levels = new LevelTable.Builder[LEVELS.length];

        Builder(int[] expectedCounts) {
            for (int l = 0; l < levels.length; l++) {
                levels[l] = new LevelTable.Builder(expectedCounts[l]);
            }
        }

        /** The key of the region added last at a level, or -1 when none yet. */
        long lastKey(RegionLevel level) {
            LevelTable.Builder b = levels[level.ordinal()];
            return b.isEmpty() ? -1 : b.lastKey();
        }

        /** @throws InvalidRegionException when the key repeats, comes out of order, or has no parent */
        void add(RegionLevel level, long key, byte[] utf8, int from, int to) {
            LevelTable.Builder table = levels[level.ordinal()];
            if (!table.isEmpty() && key <= table.lastKey()) {
                String code = RegionKeys.dotted(key, level);
                throw key == table.lastKey() ? InvalidRegionException.repeated(code)
                        : InvalidRegionException.outOfOrder(code);
            }
            if (level != RegionLevel.PROVINCE) {
                RegionLevel up = LEVELS[level.ordinal() - 1];
                long parent = RegionKeys.parent(key, level);
                if (lastKey(up) != parent) {
                    throw InvalidRegionException.parentMissing(RegionKeys.dotted(key, level),
                            RegionKeys.dotted(parent, up));
                }
            }
            table.add(key, utf8, from, to);
        }

        CompactRegionRegistry build() {
            LevelTable[] tables = new LevelTable[levels.length];
            for (int l = 0; l < levels.length; l++) {
                tables[l] = levels[l].build();
            }
            return new CompactRegionRegistry(tables);
        }
    }
}
