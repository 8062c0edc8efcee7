package id.simpul.sdk.json.internal;

import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.ServiceLevel;
import jakarta.json.JsonValue;

/** Shapes shared by several documents (common.schema.json): texts in two languages and service levels. */
final class Parts {

    private Parts() {
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
