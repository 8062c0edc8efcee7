package id.simpul.sdk.region.internal;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A straightforward registry over hash maps; fine for small and medium region sets. */
public final class MapRegionRegistry implements RegionRegistry {

    private final Map<String, Region> byCode;
    private final Map<String, List<Region>> childrenByCode;
    private final Map<RegionLevel, Integer> counts;
    private final List<Region> ordered;
    private final String[] searchKeys;

    private MapRegionRegistry(Map<String, Region> byCode) {
        this.byCode = byCode;
        this.ordered = new ArrayList<>(byCode.values());
        ordered.sort(Comparator.comparing((Region r) -> r.level()).thenComparing(Region::code));
        this.childrenByCode = new HashMap<>();
        this.counts = new EnumMap<>(RegionLevel.class);
        this.searchKeys = new String[ordered.size()];
        for (int i = 0; i < ordered.size(); i++) {
            Region r = ordered.get(i);
            counts.merge(r.level(), 1, Integer::sum);
            r.parent().ifPresent(p -> childrenByCode.computeIfAbsent(p.value(), k -> new ArrayList<>()).add(r));
            searchKeys[i] = normalize(r.name());
        }
        childrenByCode.values().forEach(list -> list.sort(Comparator.comparing(Region::code)));
        childrenByCode.replaceAll((k, v) -> List.copyOf(v));
    }

    public static MapRegionRegistry of(Collection<Region> regions) {
        Map<String, Region> byCode = new HashMap<>(regions.size() * 2);
        for (Region r : regions) {
            if (byCode.putIfAbsent(r.code().value(), r) != null) {
                throw new IllegalArgumentException("region code " + r.code() + " appears twice");
            }
        }
        for (Region r : regions) {
            r.parent().filter(p -> !byCode.containsKey(p.value())).ifPresent(p -> {
                throw new IllegalArgumentException("region " + r.code() + " has no parent " + p + " in the set");
            });
        }
        return new MapRegionRegistry(byCode);
    }

    /** Lower case, accents removed, runs of non-letters folded to one space. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        return (len > 0 && out.charAt(len - 1) == ' ' ? out.substring(0, len - 1) : out.toString())
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<Region> find(String code) {
        return RegionCode.tryParse(code).flatMap(this::find);
    }

    @Override
    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(byCode.get(code.value()));
    }

    @Override
    public List<Region> children(String code) {
        return RegionCode.tryParse(code).map(this::children).orElse(List.of());
    }

    @Override
    public List<Region> children(RegionCode code) {
        return childrenByCode.getOrDefault(code.value(), List.of());
    }

    @Override
    public List<Region> parentChain(RegionCode code) {
        List<Region> chain = new ArrayList<>(4);
        Optional<RegionCode> next = Optional.of(code);
        while (next.isPresent()) {
            Region r = byCode.get(next.get().value());
            if (r != null) {
                chain.add(r);
            }
            next = next.get().parent();
        }
        return List.copyOf(chain);
    }

    @Override
    public List<Region> search(String query, int limit) {
        return search(query, null, limit);
    }

    @Override
    public List<Region> search(String query, RegionLevel level, int limit) {
        String q = normalize(query);
        List<Region> found = new ArrayList<>();
        if (q.isEmpty() || limit <= 0) {
            return found;
        }
        for (int i = 0; i < searchKeys.length && found.size() < limit; i++) {
            Region r = ordered.get(i);
            if ((level == null || r.level() == level) && searchKeys[i].contains(q)) {
                found.add(r);
            }
        }
        return List.copyOf(found);
    }

    @Override
    public int count(RegionLevel level) {
        return counts.getOrDefault(level, 0);
    }
}
