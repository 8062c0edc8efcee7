package id.simpul.sdk.json.internal;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import jakarta.json.JsonObject;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Agency ⇄ its canonical JSON (specs/json-schema/agency.schema.json); the kind travels by its
 * configuration name, {@code vertical} is derived from it and ignored when reading.
 */
public final class AgencyAdapter implements JsonbAdapter<Agency, JsonObject> {

    private static final Pattern AGENCY_ID = Pattern.compile("[0-9]{2}(\\.[0-9]{2,4}){0,3}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> KINDS = Arrays.stream(AgencyKind.values()).map(AgencyKind::configName).toList();

    private final JsonOut out;

    AgencyAdapter(JsonOut out) {
        this.out = out;
    }

    @Override
    public JsonObject adaptToJson(Agency a) {
        return out.object().put("id", a.id().value()).put("name", a.name())
                .put("nameEn", a.nameEn().equals(a.name()) ? null : a.nameEn())
                .put("kind", a.kind().configName()).put("vertical", a.kind().isVertical())
                .put("homeRegion", a.homeRegion().value())
                .put("parent", a.parent().map(AgencyId::value).orElse(null))
                .put("servicePoint", a.isServicePoint())
                .build();
    }

    @Override
    public Agency adaptFromJson(JsonObject json) {
        return read(JsonIn.root(json));
    }

    static Agency read(JsonIn in) {
        in.object("id", "name", "nameEn", "kind", "vertical", "homeRegion", "parent", "servicePoint");
        Agency.Builder b = Agency.builder()
                .id(in.get("id").shaped(AGENCY_ID, "json.agency-id"))
                .name(in.get("name").text())
                .nameEn(in.opt("nameEn").map(JsonIn::text).orElse(null))
                .kind(in.get("kind").choice(AgencyKind::fromConfigName, KINDS))
                .servicePoint(in.get("servicePoint").bool());
        in.opt("vertical").ifPresent(JsonIn::bool);
        in.derived("vertical", in.get("kind").choice(AgencyKind::fromConfigName, KINDS).isVertical());
        b.homeRegion(Parts.regionCode(in.get("homeRegion")));
        in.opt("parent").ifPresent(p -> b.parent(AgencyId.of(p.shaped(AGENCY_ID, "json.agency-id"))));
        return in.build(b::build);
    }
}
