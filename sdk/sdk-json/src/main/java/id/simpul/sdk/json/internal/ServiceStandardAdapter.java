package id.simpul.sdk.json.internal;

import id.simpul.sdk.catalogue.AllowedValue;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.RequiredDocument;
import id.simpul.sdk.catalogue.Rupiah;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServicePledge;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.catalogue.StandardComponent;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ServiceStandard ⇄ its canonical JSON (specs/json-schema/service-standard.schema.json). The
 * fourteen components of UU 25/2009 Pasal 21 sit under {@code components}, named after
 * {@link StandardComponent} in camel case. Components a, c, d, e, f and j are required, as the
 * model requires them. {@code publishedToCitizens} and {@code missingComponents} are derived: written
 * for readers, optional when reading, and refused when they disagree with the components.
 */
public final class ServiceStandardAdapter implements JsonbAdapter<ServiceStandard, JsonObject> {

    private static final Pattern WHOLE_RUPIAH = Pattern.compile("0|[1-9][0-9]{0,17}");
    private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
    private static final List<String> CATEGORIES =
            Arrays.stream(ServiceCategory.values()).map(ServiceCategory::configName).toList();
    private static final String[] COMPONENT_KEYS =
            Arrays.stream(StandardComponent.values()).map(ServiceStandardAdapter::key).toArray(String[]::new);

    private final JsonOut out;

    ServiceStandardAdapter(JsonOut out) {
        this.out = out;
    }

    /** The JSON name of a component, e.g. {@code timeLimit} for {@link StandardComponent#TIME_LIMIT}. */
    static String key(StandardComponent c) {
        String[] words = c.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
        }
        return b.toString();
    }

    @Override
    public JsonObject adaptToJson(ServiceStandard s) {
        return out.object()
                .put("serviceType", serviceType(s.serviceType()))
                .put("version", s.version())
                .put("effectiveFrom", s.effectiveFrom())
                .put("effectiveUntil", s.effectiveUntil().orElse(null))
                .put("components", components(s))
                .put("publishedToCitizens", out.strings(StandardComponent.publishedToCitizens().stream()
                        .map(ServiceStandardAdapter::key).toList()))
                .put("missingComponents", out.strings(s.missingComponents().stream()
                        .map(ServiceStandardAdapter::key).toList()))
                .put("pledge", s.pledge().map(this::pledge).orElse(null))
                .build();
    }

    private JsonValue serviceType(ServiceType t) {
        return out.object().put("code", t.code().value()).put("name", Parts.text(out, t.name()))
                .put("category", t.category().configName()).build();
    }

    private JsonValue components(ServiceStandard s) {
        JsonOut.Obj c = out.object()
                .put(key(StandardComponent.LEGAL_BASIS), out.array(s.legalBasis(), this::legalReference))
                .put(key(StandardComponent.REQUIREMENTS), out.object()
                        .put("formAttributes", out.array(s.formAttributes(), this::attribute))
                        .put("documents", out.array(s.requiredDocuments(), this::document)))
                .put(key(StandardComponent.PROCEDURE), out.array(s.procedure(), t -> Parts.text(out, t)))
                .put(key(StandardComponent.TIME_LIMIT), Parts.serviceLevel(out, s.serviceLevel()))
                .put(key(StandardComponent.FEE), fee(s.fee()))
                .put(key(StandardComponent.PRODUCT), product(s.product()));
        for (StandardComponent component : StandardComponent.values()) {
            s.text(component).ifPresent(t -> c.put(key(component), Parts.text(out, t)));
        }
        return c.build();
    }

    private JsonValue legalReference(LegalReference r) {
        return out.object().put("instrument", r.instrument())
                .put("provision", r.provision().isEmpty() ? null : r.provision()).build();
    }

    private JsonValue attribute(FormAttribute a) {
        return out.object().put("code", a.code()).put("label", Parts.text(out, a.label()))
                .put("type", a.type().name()).put("required", a.isRequired()).put("order", a.order())
                .put("allowedValues", a.type().isList() ? out.array(a.allowedValues(), this::allowedValue) : null)
                .put("min", a.min().orElse(null)).put("max", a.max().orElse(null))
                .put("earliest", a.earliest().orElse(null)).put("latest", a.latest().orElse(null))
                .put("maxLength", a.type().isText() ? Integer.valueOf(a.maxLength()) : null)
                .build();
    }

    private JsonValue allowedValue(AllowedValue v) {
        return out.object().put("code", v.code()).put("label", Parts.text(out, v.label())).build();
    }

    private JsonValue document(RequiredDocument d) {
        return out.object().put("code", d.code()).put("name", Parts.text(out, d.name()))
                .put("mandatory", d.isMandatory()).put("validity", d.validity().orElse(null)).build();
    }

    private JsonValue fee(Fee f) {
        return out.object().put("kind", f.kind().name())
                .put("amount", f.amount().filter(a -> f.kind() == Fee.Kind.FIXED).map(Rupiah::amount).orElse(null))
                .put("note", f.note().map(n -> Parts.text(out, n)).orElse(null)).build();
    }

    private JsonValue product(ServiceProduct p) {
        return out.object().put("name", Parts.text(out, p.name())).put("validity", p.validity().orElse(null)).build();
    }

    private JsonValue pledge(ServicePledge p) {
        return out.object().put("text", Parts.text(out, p.text())).put("signatory", p.signatory())
                .put("signedOn", p.signedOn()).build();
    }

    @Override
    public ServiceStandard adaptFromJson(JsonObject json) {
        return read(JsonIn.root(json));
    }

    static ServiceStandard read(JsonIn in) {
        in.object("serviceType", "version", "effectiveFrom", "effectiveUntil", "components", "publishedToCitizens",
                "missingComponents", "pledge");
        ServiceStandard.Builder b = ServiceStandard.builder()
                .serviceType(serviceType(in.get("serviceType")))
                .version(in.get("version").integer(1, Integer.MAX_VALUE))
                .effectiveFrom(in.get("effectiveFrom").date())
                .effectiveUntil(in.opt("effectiveUntil").map(JsonIn::date).orElse(null));
        readComponents(in.get("components"), b);
        in.opt("pledge").map(ServiceStandardAdapter::pledge).ifPresent(b::pledge);
        ServiceStandard standard = in.build(b::build);
        in.derivedNames("publishedToCitizens", names(StandardComponent.publishedToCitizens()));
        in.derivedNames("missingComponents", names(standard.missingComponents()));
        return standard;
    }

    private static List<String> names(List<StandardComponent> components) {
        return components.stream().map(ServiceStandardAdapter::key).toList();
    }

    private static ServiceType serviceType(JsonIn in) {
        in.object("code", "name", "category");
        String code = in.get("code").shaped(SERVICE_CODE, "json.service-code");
        LocalizedText name = Parts.text(in.get("name"));
        ServiceCategory category = in.get("category").choice(ServiceCategory::fromConfigName, CATEGORIES);
        return in.build(() -> new ServiceType(ServiceCode.of(code), name, category));
    }

    private static void readComponents(JsonIn in, ServiceStandard.Builder b) {
        in.object(COMPONENT_KEYS);
        in.get(key(StandardComponent.LEGAL_BASIS)).list(ServiceStandardAdapter::legalReference).forEach(b::legalBasis);
        in.opt(key(StandardComponent.REQUIREMENTS)).ifPresent(r -> {
            r.object("formAttributes", "documents");
            r.opt("formAttributes").ifPresent(l -> l.list(ServiceStandardAdapter::attribute).forEach(b::formAttribute));
            r.opt("documents").ifPresent(l -> l.list(ServiceStandardAdapter::document).forEach(b::requiredDocument));
        });
        in.get(key(StandardComponent.PROCEDURE)).list(Parts::text).forEach(b::procedureStep);
        b.serviceLevel(Parts.serviceLevel(in.get(key(StandardComponent.TIME_LIMIT))));
        b.fee(fee(in.get(key(StandardComponent.FEE))));
        b.product(product(in.get(key(StandardComponent.PRODUCT))));
        in.get(key(StandardComponent.COMPLAINTS));
        for (StandardComponent c : StandardComponent.values()) {
            if (isText(c)) {
                in.opt(key(c)).map(Parts::text).ifPresent(t -> b.text(c, t));
            }
        }
    }

    private static boolean isText(StandardComponent c) {
        return switch (c) {
            case LEGAL_BASIS, REQUIREMENTS, PROCEDURE, TIME_LIMIT, FEE, PRODUCT -> false;
            default -> true;
        };
    }

    private static LegalReference legalReference(JsonIn in) {
        in.object("instrument", "provision");
        String instrument = in.get("instrument").text();
        String provision = in.opt("provision").map(JsonIn::text).orElse(null);
        return in.build(() -> LegalReference.of(instrument, provision));
    }

    private static FormAttribute attribute(JsonIn in) {
        in.object("code", "label", "type", "required", "order", "allowedValues", "min", "max", "earliest", "latest",
                "maxLength");
        FormAttribute.Builder b = FormAttribute.builder()
                .code(in.get("code").text())
                .label(Parts.text(in.get("label")))
                .type(in.get("type").enumValue(AttributeType.class))
                .required(in.get("required").bool())
                .order(in.get("order").integer(Integer.MIN_VALUE, Integer.MAX_VALUE))
                .min(in.opt("min").map(JsonIn::decimal).orElse(null))
                .max(in.opt("max").map(JsonIn::decimal).orElse(null))
                .earliest(in.opt("earliest").map(JsonIn::date).orElse(null))
                .latest(in.opt("latest").map(JsonIn::date).orElse(null));
        in.opt("allowedValues").ifPresent(l -> b.allowedValues(l.list(ServiceStandardAdapter::allowedValue)));
        in.opt("maxLength").ifPresent(m -> b.maxLength(m.integer(1, Integer.MAX_VALUE)));
        return in.build(b::build);
    }

    private static AllowedValue allowedValue(JsonIn in) {
        in.object("code", "label");
        String code = in.get("code").text();
        LocalizedText label = Parts.text(in.get("label"));
        return in.build(() -> new AllowedValue(code, label));
    }

    private static RequiredDocument document(JsonIn in) {
        in.object("code", "name", "mandatory", "validity");
        RequiredDocument.Builder b = RequiredDocument.builder()
                .code(in.get("code").text())
                .name(Parts.text(in.get("name")))
                .mandatory(in.get("mandatory").bool())
                .validity(in.opt("validity").map(JsonIn::period).orElse(null));
        return in.build(b::build);
    }

    private static Fee fee(JsonIn in) {
        in.object("kind", "amount", "note");
        Fee.Kind kind = in.get("kind").enumValue(Fee.Kind.class);
        boolean hasAmount = in.opt("amount").isPresent();
        boolean hasNote = in.opt("note").isPresent();
        return switch (kind) {
            case FREE -> {
                if (hasAmount || hasNote) {
                    throw in.problem("json.fee.free");
                }
                yield Fee.free();
            }
            case FIXED -> {
                JsonIn amount = in.get("amount");
                long rupiah = Long.parseLong(amount.shaped(WHOLE_RUPIAH, "json.fee.amount"));
                LocalizedText note = in.opt("note").map(Parts::text).orElse(null);
                yield amount.build(() -> Fee.fixed(Rupiah.of(rupiah), note));
            }
            case VARIABLE -> {
                if (hasAmount) {
                    throw in.get("amount").problem("json.fee.variable");
                }
                yield Fee.variable(Parts.text(in.get("note")));
            }
        };
    }

    private static ServiceProduct product(JsonIn in) {
        in.object("name", "validity");
        LocalizedText name = Parts.text(in.get("name"));
        Period validity = in.opt("validity").map(JsonIn::period).orElse(null);
        return in.build(() -> validity == null ? ServiceProduct.of(name) : ServiceProduct.of(name, validity));
    }

    private static ServicePledge pledge(JsonIn in) {
        in.object("text", "signatory", "signedOn");
        LocalizedText text = Parts.text(in.get("text"));
        String signatory = in.get("signatory").text();
        LocalDate signedOn = in.get("signedOn").date();
        return in.build(() -> new ServicePledge(text, signatory, signedOn));
    }
}
