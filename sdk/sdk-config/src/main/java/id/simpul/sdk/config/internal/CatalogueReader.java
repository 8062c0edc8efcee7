package id.simpul.sdk.config.internal;

import com.fasterxml.jackson.databind.JsonNode;
import id.simpul.sdk.SimpulException;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.RequiredDocument;
import id.simpul.sdk.catalogue.Rupiah;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.catalogue.ServicePledge;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.catalogue.StandardComponent;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code catalogue/<CODE>.yaml} file (already valid against its schema) into service
 * standards. Rules the schema cannot express (limits that fit the type, list values, versions in
 * order) come from the SDK's own builders; their errors are placed at the standard they concern.
 */
public final class CatalogueReader {

    private static final Map<String, StandardComponent> TEXTS = Map.of(
            "facilities", StandardComponent.FACILITIES,
            "staffCompetence", StandardComponent.STAFF_COMPETENCE,
            "internalSupervision", StandardComponent.INTERNAL_SUPERVISION,
            "complaints", StandardComponent.COMPLAINTS,
            "staffing", StandardComponent.STAFFING,
            "serviceGuarantee", StandardComponent.SERVICE_GUARANTEE,
            "securityAndSafety", StandardComponent.SECURITY_AND_SAFETY,
            "performanceEvaluation", StandardComponent.PERFORMANCE_EVALUATION);

    private CatalogueReader() {
    }

    /** The standards of the file; a standard with a problem is left out and the problem recorded. */
    public static List<ServiceStandard> read(FileProblems problems) {
        JsonNode root = problems.tree().root();
        JsonNode service = root.get("service");
        String code = service.get("code").asText();
        String expectedName = "catalogue/" + code + ".yaml";
        if (!problems.file().equals(expectedName)) {
            problems.at("service.code", "catalogue.file-name", code, expectedName);
        }
        ServiceType type;
        try {
            type = new ServiceType(id.simpul.sdk.catalogue.ServiceCode.of(code), text(service.get("name")),
                    ServiceCategory.fromConfigName(service.get("category").asText()).orElseThrow());
        } catch (SimpulException e) {
            problems.at("service.code", "catalogue.invalid", ConfigMessagesBridge.of(e), ConfigMessagesBridge.fix());
            return List.of();
        }
        List<ServiceStandard> standards = new ArrayList<>();
        JsonNode list = root.get("standards");
        for (int i = 0; i < list.size(); i++) {
            String at = YamlTree.item("standards", i);
            try {
                standards.add(standard(type, list.get(i)));
            } catch (SimpulException e) {
                problems.at(at, "catalogue.invalid", ConfigMessagesBridge.of(e), ConfigMessagesBridge.fix());
            }
        }
        return standards;
    }

    private static ServiceStandard standard(ServiceType type, JsonNode s) {
        ServiceStandard.Builder b = ServiceStandard.builder().serviceType(type).version(s.get("version").asInt())
                .effectiveFrom(date(s.get("effectiveFrom"))).effectiveUntil(date(s.get("effectiveUntil")))
                .serviceLevel(ServiceLevel.parse(s.get("timeLimit").asText())).fee(fee(s.get("fee")))
                .product(product(s.get("product")));
        s.get("legalBasis").forEach(r -> b.legalBasis(LegalReference.of(r.get("instrument").asText(),
                r.has("provision") ? r.get("provision").asText() : "")));
        s.get("procedure").forEach(step -> b.procedureStep(text(step)));
        TEXTS.forEach((field, component) -> {
            if (s.has(field)) {
                b.text(component, text(s.get(field)));
            }
        });
        JsonNode requirements = s.get("requirements");
        if (requirements != null) {
            JsonNode form = requirements.get("form");
            if (form != null) {
                for (int i = 0; i < form.size(); i++) {
                    b.formAttribute(attribute(form.get(i), i + 1));
                }
            }
            JsonNode documents = requirements.get("documents");
            if (documents != null) {
                documents.forEach(d -> b.requiredDocument(document(d)));
            }
        }
        JsonNode pledge = s.get("pledge");
        if (pledge != null) {
            b.pledge(new ServicePledge(text(pledge.get("text")), pledge.get("signatory").asText(),
                    date(pledge.get("signedOn"))));
        }
        return b.build();
    }

    private static FormAttribute attribute(JsonNode a, int order) {
        FormAttribute.Builder b = FormAttribute.builder().code(a.get("code").asText()).label(text(a.get("label")))
                .type(AttributeType.valueOf(a.get("type").asText().toUpperCase(Locale.ROOT).replace('-', '_')))
                .required(a.path("required").asBoolean(false)).order(order);
        JsonNode values = a.get("values");
        if (values != null) {
            values.forEach(v -> b.allowedValue(v.get("code").asText(), v.get("label").get("id").asText(),
                    v.get("label").path("en").asText(null)));
        }
        if (a.has("min")) {
            b.min(a.get("min").decimalValue());
        }
        if (a.has("max")) {
            b.max(a.get("max").decimalValue());
        }
        b.earliest(date(a.get("earliest"))).latest(date(a.get("latest")));
        if (a.has("maxLength")) {
            b.maxLength(a.get("maxLength").asInt());
        }
        return b.build();
    }

    private static RequiredDocument document(JsonNode d) {
        return RequiredDocument.builder().code(d.get("code").asText()).name(text(d.get("name")))
                .mandatory(d.path("mandatory").asBoolean(true)).validity(period(d.get("validity"))).build();
    }

    private static Fee fee(JsonNode f) {
        return switch (f.get("kind").asText()) {
            case "free" -> Fee.free();
            case "fixed" -> Fee.fixed(Rupiah.of(f.get("amount").asLong()), f.has("note") ? text(f.get("note")) : null);
            default -> Fee.variable(text(f.get("note")));
        };
    }

    private static ServiceProduct product(JsonNode p) {
        Period validity = period(p.get("validity"));
        return validity == null ? ServiceProduct.of(text(p.get("name"))) : ServiceProduct.of(text(p.get("name")), validity);
    }

    static LocalizedText text(JsonNode t) {
        return LocalizedText.of(t.get("id").asText(), t.has("en") ? t.get("en").asText() : null);
    }

    static LocalDate date(JsonNode d) {
        return d == null || d.isNull() ? null : LocalDate.parse(d.asText());
    }

    private static Period period(JsonNode p) {
        return p == null || p.isNull() ? null : Period.parse(p.asText());
    }
}
