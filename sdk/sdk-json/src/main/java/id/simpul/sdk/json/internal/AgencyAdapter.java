package id.simpul.sdk.json.internal;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.region.RegionCode;
import jakarta.json.bind.adapter.JsonbAdapter;

/** Agency ⇄ its canonical JSON; the kind travels by its configuration name. */
public final class AgencyAdapter implements JsonbAdapter<Agency, AgencyAdapter.AgencyJson> {

    /** Canonical JSON shape of an agency (specs/json-schema/agency.schema.json). */
    public record AgencyJson(String id, String name, String nameEn, String kind, Boolean vertical,
                             String homeRegion, String parent, Boolean servicePoint) {
    }

    @Override
    public AgencyJson adaptToJson(Agency a) {
        return new AgencyJson(a.id().value(), a.name(), a.nameEn().equals(a.name()) ? null : a.nameEn(),
                a.kind().configName(), a.kind().isVertical(), a.homeRegion().value(),
                a.parent().map(AgencyId::value).orElse(null), a.isServicePoint());
    }

    @Override
    public Agency adaptFromJson(AgencyJson json) {
        AgencyKind kind = AgencyKind.fromConfigName(json.kind())
                .orElseThrow(() -> new IllegalArgumentException("unknown agency kind '" + json.kind() + "'"));
        return Agency.builder().id(json.id()).name(json.name()).nameEn(json.nameEn()).kind(kind)
                .homeRegion(RegionCode.parse(json.homeRegion()))
                .parent(json.parent() == null ? null : AgencyId.of(json.parent()))
                .servicePoint(Boolean.TRUE.equals(json.servicePoint())).build();
    }
}
