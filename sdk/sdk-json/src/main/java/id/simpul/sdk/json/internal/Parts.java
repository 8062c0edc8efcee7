package id.simpul.sdk.json.internal;

import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.region.RegionCode;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/** Shapes shared by several documents (common.schema.json): texts in two languages and service levels. */
final class Parts {

    private Parts() {
    }

    /** Kemendagri region codes in their canonical dotted form (common.schema.json#/$defs/regionCode). */
    private static final Pattern REGION_CODE = Pattern.compile(
            "[1-9][0-9](\\.(0[1-9]|[1-6][0-9]|7[1-9]|[89][0-9])(\\.(0[1-9]|[1-9][0-9])(\\.[1-3][0-9]{3})?)?)?");

    static RegionCode regionCode(JsonIn in) {
        String text = in.text();
        if (!REGION_CODE.matcher(text).matches()) {
            RegionCode.tryParse(text).ifPresent(c -> {
                throw in.problem("json.region-code.dotted", c.value());
            });
        }
        return in.build(() -> RegionCode.parse(text));
    }

    static JsonValue text(JsonOut out, LocalizedText t) {
        return out.object().put("id", t.id()).put("en", t.en()).build();
    }

    static LocalizedText text(JsonIn in) {
        in.object("id", "en");
        String id = in.get("id").text();
        String en = in.opt("en").map(JsonIn::text).orElse(null);
        return in.build(() -> LocalizedText.of(id, en));
    }

    static JsonValue serviceLevel(JsonOut out, ServiceLevel level) {
        return out.object().put("unit", level.unit().name()).put("amount", level.amount()).build();
    }

    static ServiceLevel serviceLevel(JsonIn in) {
        in.object("unit", "amount");
        ServiceLevel.Unit unit = in.get("unit").enumValue(ServiceLevel.Unit.class);
        int amount = in.get("amount").integer(0, 9999);
        return in.build(() -> new ServiceLevel(unit, amount));
    }
}
