package id.simpul.portal.infrastructure.catalogue;

import id.simpul.portal.domain.catalogue.CatalogueSource;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.RequiredDocument;
import id.simpul.sdk.catalogue.Rupiah;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo node's catalogue, read once from the bundled {@code seed-catalogue.json}. Every value is
 * checked by the SDK's builders, so a broken entry stops the node at startup instead of surfacing
 * later. Replaced by the configuration loader's {@link CatalogueSource} when that lands.
 */
@ApplicationScoped
public class SeedCatalogueSource implements CatalogueSource {

    static final String RESOURCE = "seed-catalogue.json";

    private volatile ServiceCatalogue catalogue;

    @Override
    public ServiceCatalogue catalogue() {
        ServiceCatalogue c = catalogue;
        if (c == null) {
            synchronized (this) {
                if (catalogue == null) {
                    catalogue = load();
                }
                c = catalogue;
            }
        }
        return c;
    }

    static ServiceCatalogue load() {
        try (InputStream in = SeedCatalogueSource.class.getResourceAsStream(RESOURCE);
             JsonReader reader = Json.createReader(in)) {
            List<ServiceStandard> standards = new ArrayList<>();
            for (JsonValue s : reader.readObject().getJsonArray("services")) {
                standards.add(standard(s.asJsonObject()));
            }
            return ServiceCatalogue.of(standards);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ServiceStandard standard(JsonObject s) {
        String category = s.getString("category");
        ServiceStandard.Builder b = ServiceStandard.builder()
                .serviceType(ServiceType.of(s.getString("code"), text(s, "name").id(), text(s, "name").en(),
                        ServiceCategory.fromConfigName(category).orElseThrow(
                                () -> new IllegalStateException("Unknown service category " + category))))
                .version(s.getInt("version"))
                .effectiveFrom(LocalDate.parse(s.getString("effectiveFrom")))
                .serviceLevel(ServiceLevel.parse(s.getString("serviceLevel")))
                .fee(fee(s.getJsonObject("fee")))
                .product(product(s.getJsonObject("product")))
                .procedureStep("Pemohon mengajukan permohonan di loket atau daring",
                        "The applicant files the request at a counter or online")
                .procedureStep("Petugas memeriksa kelengkapan dan keabsahan berkas",
                        "The officer checks that the papers are complete and valid")
                .procedureStep("Produk diserahkan kepada pemohon", "The product is handed to the applicant")
                .complaintHandling(LocalizedText.of("Pengaduan melalui SP4N-LAPOR! dan kotak pengaduan di loket",
                        "Complaints through SP4N-LAPOR! and the complaint box at the counter"));
        for (JsonValue l : s.getJsonArray("legalBasis")) {
            JsonObject o = l.asJsonObject();
            b.legalBasis(o.containsKey("provision")
                    ? LegalReference.of(o.getString("instrument"), o.getString("provision"))
                    : LegalReference.of(o.getString("instrument")));
        }
        for (JsonValue a : s.getJsonArray("attributes")) {
            b.formAttribute(attribute(a.asJsonObject()));
        }
        for (JsonValue d : s.getJsonArray("documents")) {
            JsonObject o = d.asJsonObject();
            RequiredDocument.Builder doc = RequiredDocument.builder().code(o.getString("code")).name(text(o, "name"))
                    .mandatory(o.getBoolean("mandatory", true));
            if (o.containsKey("validity")) {
                doc.validity(Period.parse(o.getString("validity")));
            }
            b.requiredDocument(doc.build());
        }
        return b.build();
    }

    private static FormAttribute attribute(JsonObject o) {
        FormAttribute.Builder a = FormAttribute.builder().code(o.getString("code")).label(text(o, "label"))
                .type(AttributeType.valueOf(o.getString("type"))).required(o.getBoolean("required", false))
                .order(o.getInt("order"));
        if (o.containsKey("maxLength")) {
            a.maxLength(o.getInt("maxLength"));
        }
        if (o.containsKey("min")) {
            a.min(new BigDecimal(o.getJsonNumber("min").toString()));
        }
        if (o.containsKey("max")) {
            a.max(new BigDecimal(o.getJsonNumber("max").toString()));
        }
        if (o.containsKey("values")) {
            for (JsonValue v : o.getJsonArray("values")) {
                JsonObject value = v.asJsonObject();
                a.allowedValue(value.getString("code"), value.getString("id"), value.getString("en"));
            }
        }
        return a.build();
    }

    private static Fee fee(JsonObject o) {
        return switch (o.getString("kind")) {
            case "FREE" -> Fee.free();
            case "FIXED" -> Fee.fixed(Rupiah.of(o.getJsonNumber("amount").longValueExact()), text(o, "note"));
            case "VARIABLE" -> Fee.variable(text(o, "basis"));
            default -> throw new IllegalStateException("Unknown fee kind " + o.getString("kind"));
        };
    }

    private static ServiceProduct product(JsonObject o) {
        return o.containsKey("validity") ? ServiceProduct.of(text(o, "name"), Period.parse(o.getString("validity")))
                : ServiceProduct.of(text(o, "name"));
    }

    private static LocalizedText text(JsonObject parent, String name) {
        JsonObject t = parent.getJsonObject(name);
        return LocalizedText.of(t.getString("id"), t.getString("en"));
    }
}
