package id.simpul.sdk.json.internal;

import id.simpul.sdk.region.RegencyKind;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.VillageKind;
import jakarta.json.bind.adapter.JsonbAdapter;

/** Region ⇄ its canonical JSON; derived fields (level, parent, kinds) are written for readers. */
public final class RegionAdapter implements JsonbAdapter<Region, RegionAdapter.RegionJson> {

    /** Canonical JSON shape of a region (specs/json-schema/region.schema.json). */
    public record RegionJson(String code, String name, String level, String parent, String regencyKind,
                             String villageKind) {
    }

    @Override
    public RegionJson adaptToJson(Region r) {
        return new RegionJson(r.code().value(), r.name(), r.level().name(),
                r.parent().map(RegionCode::value).orElse(null),
                r.code().regencyKind().map(RegencyKind::name).orElse(null),
                r.code().villageKind().map(VillageKind::name).orElse(null));
    }

    @Override
    public Region adaptFromJson(RegionJson json) {
        return new Region(RegionCode.parse(json.code()), json.name());
    }
}
