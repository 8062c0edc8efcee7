package id.simpul.sdk.json.internal;

import id.simpul.sdk.region.RegencyKind;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.VillageKind;
import jakarta.json.JsonObject;
import jakarta.json.bind.adapter.JsonbAdapter;

/**
 * Region ⇄ its canonical JSON (specs/json-schema/region.schema.json); derived fields (level,
 * parent, kinds) are written for readers and checked against the code when reading.
 */
public final class RegionAdapter implements JsonbAdapter<Region, JsonObject> {

    private final JsonOut out;

    RegionAdapter(JsonOut out) {
        this.out = out;
    }

    @Override
    public JsonObject adaptToJson(Region r) {
        return out.object().put("code", r.code().value()).put("name", r.name()).put("level", r.level().name())
                .put("parent", r.parent().map(RegionCode::value).orElse(null))
                .put("regencyKind", r.code().regencyKind().map(RegencyKind::name).orElse(null))
                .put("villageKind", r.code().villageKind().map(VillageKind::name).orElse(null))
                .build();
    }

    @Override
    public Region adaptFromJson(JsonObject json) {
        return read(JsonIn.root(json));
    }

    static Region read(JsonIn in) {
        in.object("code", "name", "level", "parent", "regencyKind", "villageKind");
        RegionCode code = Parts.regionCode(in.get("code"));
        String name = in.get("name").text();
        in.get("level").enumValue(RegionLevel.class);
        in.derived("level", code.level().name());
        in.derived("parent", code.parent().map(RegionCode::value).orElse(null));
        in.derived("regencyKind", code.regencyKind().map(RegencyKind::name).orElse(null));
        in.derived("villageKind", code.villageKind().map(VillageKind::name).orElse(null));
        return in.build(() -> new Region(code, name));
    }
}
