package id.simpul.sdk.config.internal;

import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.util.List;
import java.util.Optional;

/** Region codes checked against the dataset, with a suggestion when a code does not exist. */
public final class RegionChecks {

    private final RegionRegistry regions;

    public RegionChecks(RegionRegistry regions) {
        this.regions = regions;
    }

    /**
     * The code when it exists in the dataset (and has the expected level, when one is given);
     * otherwise a problem at the field and empty.
     */
    public Optional<RegionCode> require(FileProblems problems, String field, String text, RegionLevel level) {
        Optional<RegionCode> code = RegionCode.tryParse(text);
        if (code.isEmpty()) {
            problems.at(field, "region.malformed", text);
            return Optional.empty();
        }
        Optional<Region> region = regions.find(code.get());
        if (region.isEmpty()) {
            problems.at(field, "region.unknown", text, suggestion(code.get()));
            return Optional.empty();
        }
        if (level != null && code.get().level() != level) {
            problems.at(field, "region.level." + level.name().toLowerCase(java.util.Locale.ROOT), text,
                    region.get().name());
            return Optional.empty();
        }
        return code;
    }

    public RegionRegistry registry() {
        return regions;
    }

    /** "61.12.01 (Batu Ampar)"-style suggestion of the nearest sibling codes, or a pointer to the parent. */
    String suggestion(RegionCode unknown) {
        Optional<RegionCode> parent = unknown.parent();
        if (parent.isEmpty() || regions.find(parent.get()).isEmpty()) {
            return parent.map(p -> suggestion(p)).orElse("-");
        }
        List<Region> siblings = regions.children(parent.get());
        List<String> codes = siblings.stream().map(r -> r.code().value()).toList();
        Optional<String> best = Suggest.closest(unknown.value(), codes);
        String parentName = regions.find(parent.get()).map(Region::name).orElse(parent.get().value());
        return best.map(b -> b + " (" + regions.find(b).map(Region::name).orElse("") + ")")
                .orElse(parent.get().value() + " " + parentName + ": " + range(siblings));
    }

    private static String range(List<Region> siblings) {
        if (siblings.isEmpty()) {
            return "-";
        }
        return siblings.get(0).code().value() + " .. " + siblings.get(siblings.size() - 1).code().value();
    }
}
