package id.simpul.sdk.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One version of the service standard (standar pelayanan) of a service type: the fourteen
 * components of UU 25/2009 Pasal 21, the form, and the dates it is in force.
 *
 * <p>A region adopts a standard by decree and revises it from time to time; a request is judged by
 * the version in force when it was filed (see {@link ServiceCatalogue#inForce}). The components a
 * request depends on are typed: legal basis (a), requirements as form attributes and documents (b),
 * procedure (c), time limit (d), fee (e) and product (f). The others are texts. Components a, c, d,
 * e, f and j are required when building; the rest may be missing and are listed by
 * {@link #missingComponents()} so a region can see what its published standard still lacks.
 */
public final class ServiceStandard {

    private static final Set<StandardComponent> TEXT_COMPONENTS = EnumSet.of(StandardComponent.FACILITIES,
            StandardComponent.STAFF_COMPETENCE, StandardComponent.INTERNAL_SUPERVISION, StandardComponent.COMPLAINTS,
            StandardComponent.STAFFING, StandardComponent.SERVICE_GUARANTEE, StandardComponent.SECURITY_AND_SAFETY,
            StandardComponent.PERFORMANCE_EVALUATION);

    private final ServiceType serviceType;
    private final int version;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveUntil;
    private final List<LegalReference> legalBasis;
    private final List<FormAttribute> formAttributes;
    private final List<RequiredDocument> requiredDocuments;
    private final List<LocalizedText> procedure;
    private final ServiceLevel serviceLevel;
    private final Fee fee;
    private final ServiceProduct product;
    private final Map<StandardComponent, LocalizedText> texts;
    private final ServicePledge pledge;
    private final FormValidator validator;

    private ServiceStandard(Builder b) {
        this.serviceType = Objects.requireNonNull(b.serviceType, "serviceType");
        String service = serviceType.code().value();
        if (b.version < 1) {
            throw new InvalidCatalogueException("standard.version", service, b.version);
        }
        this.version = b.version;
        this.effectiveFrom = Objects.requireNonNull(b.effectiveFrom, "effectiveFrom");
        this.effectiveUntil = b.effectiveUntil;
        if (effectiveUntil != null && effectiveUntil.isBefore(effectiveFrom)) {
            throw new InvalidCatalogueException("standard.effective.order", service, version);
        }
        this.legalBasis = List.copyOf(b.legalBasis);
        this.formAttributes = b.formAttributes.stream().sorted(Comparator.comparingInt(FormAttribute::order)).toList();
        this.requiredDocuments = List.copyOf(b.requiredDocuments);
        this.procedure = List.copyOf(b.procedure);
        this.serviceLevel = b.serviceLevel;
        this.fee = b.fee;
        this.product = b.product;
        this.texts = b.texts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(b.texts));
        this.pledge = b.pledge;
        requireComponents(service);
        requireDistinctCodes(service);
        this.validator = FormValidator.of(formAttributes, requiredDocuments);
    }

    private void requireComponents(String service) {
        Map<StandardComponent, Boolean> present = new LinkedHashMap<>();
        present.put(StandardComponent.LEGAL_BASIS, !legalBasis.isEmpty());
        present.put(StandardComponent.PROCEDURE, !procedure.isEmpty());
        present.put(StandardComponent.TIME_LIMIT, serviceLevel != null);
        present.put(StandardComponent.FEE, fee != null);
        present.put(StandardComponent.PRODUCT, product != null);
        present.put(StandardComponent.COMPLAINTS, texts.containsKey(StandardComponent.COMPLAINTS));
        present.forEach((component, ok) -> {
            if (!ok) {
                throw new InvalidCatalogueException("standard.component.required", service, version,
                        String.valueOf(component.letter()), component.displayName(Locale.forLanguageTag("id")));
            }
        });
    }

    private void requireDistinctCodes(String service) {
        Set<String> seen = new HashSet<>();
        for (String code : allFieldAndDocumentCodes()) {
            if (!seen.add(code)) {
                throw new InvalidCatalogueException("standard.code.duplicate", service, version, code);
            }
        }
    }

    private List<String> allFieldAndDocumentCodes() {
        List<String> codes = new ArrayList<>();
        formAttributes.forEach(a -> codes.add(a.code()));
        requiredDocuments.forEach(d -> codes.add(d.code()));
        return codes;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ServiceType serviceType() {
        return serviceType;
    }

    /** Shortcut for {@code serviceType().code()}. */
    public ServiceCode code() {
        return serviceType.code();
    }

    /** Version number, 1 and up; a higher version supersedes a lower one from its effective date. */
    public int version() {
        return version;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /** Last day in force, when the standard was withdrawn without a successor. */
    public Optional<LocalDate> effectiveUntil() {
        return Optional.ofNullable(effectiveUntil);
    }

    /** Whether the date lies in this version's own effective period (ignoring later versions). */
    public boolean coversDate(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveUntil == null || !date.isAfter(effectiveUntil));
    }

    /** a. Dasar hukum. */
    public List<LegalReference> legalBasis() {
        return legalBasis;
    }

    /** b. Persyaratan: the form's fields, in form order. */
    public List<FormAttribute> formAttributes() {
        return formAttributes;
    }

    /** b. Persyaratan: the documents to hand in. */
    public List<RequiredDocument> requiredDocuments() {
        return requiredDocuments;
    }

    /** c. Sistem, mekanisme, dan prosedur: the steps, in order. */
    public List<LocalizedText> procedure() {
        return procedure;
    }

    /** d. Jangka waktu penyelesaian. */
    public ServiceLevel serviceLevel() {
        return serviceLevel;
    }

    /** e. Biaya/tarif. */
    public Fee fee() {
        return fee;
    }

    /** f. Produk pelayanan. */
    public ServiceProduct product() {
        return product;
    }

    /** The text of a component described in words (g to n, including j, complaints). */
    public Optional<LocalizedText> text(StandardComponent component) {
        return Optional.ofNullable(texts.get(component));
    }

    /** The maklumat pelayanan this standard is published with, if it carries one. */
    public Optional<ServicePledge> pledge() {
        return Optional.ofNullable(pledge);
    }

    public Optional<FormAttribute> attribute(String code) {
        return formAttributes.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<RequiredDocument> document(String code) {
        return requiredDocuments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** Components with no content yet, in Pasal 21 order. */
    public List<StandardComponent> missingComponents() {
        List<StandardComponent> missing = new ArrayList<>();
        if (formAttributes.isEmpty() && requiredDocuments.isEmpty()) {
            missing.add(StandardComponent.REQUIREMENTS);
        }
        TEXT_COMPONENTS.stream().filter(c -> !texts.containsKey(c)).forEach(missing::add);
        missing.sort(Comparator.naturalOrder());
        return List.copyOf(missing);
    }

    /** A component as one text a person reads, in the given language; empty text when missing. */
    public String describe(StandardComponent component, Locale locale) {
        return switch (component) {
            case LEGAL_BASIS -> legalBasis.stream().map(LegalReference::citation).collect(Collectors.joining("; "));
            case REQUIREMENTS -> requiredDocuments.stream().map(d -> d.name().in(locale)).collect(Collectors.joining("; "));
            case PROCEDURE -> numbered(procedure, locale);
            case TIME_LIMIT -> serviceLevel.describe(locale);
            case FEE -> fee.describe(locale);
            case PRODUCT -> product.name().in(locale);
            default -> text(component).map(t -> t.in(locale)).orElse("");
        };
    }

    private static String numbered(List<LocalizedText> steps, Locale locale) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            out.append(i == 0 ? "" : " ").append(i + 1).append(". ").append(steps.get(i).in(locale));
        }
        return out.toString();
    }

    /** The six components published to citizens (PermenPANRB 15/2014), in Pasal 21 order. */
    public Map<StandardComponent, String> publishedToCitizens(Locale locale) {
        Map<StandardComponent, String> out = new LinkedHashMap<>();
        StandardComponent.publishedToCitizens().forEach(c -> out.put(c, describe(c, locale)));
        return out;
    }

    /** Checks an application against this standard; see {@link FormValidator}. */
    public ValidationResult validate(FormData form, Collection<SubmittedDocument> documents, LocalDate filingDate) {
        return validator.validate(form, documents, filingDate);
    }

    public Builder toBuilder() {
        Builder b = new Builder().serviceType(serviceType).version(version).effectiveFrom(effectiveFrom)
                .effectiveUntil(effectiveUntil).serviceLevel(serviceLevel).fee(fee).product(product).pledge(pledge);
        b.legalBasis.addAll(legalBasis);
        b.formAttributes.addAll(formAttributes);
        b.requiredDocuments.addAll(requiredDocuments);
        b.procedure.addAll(procedure);
        b.texts.putAll(texts);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceStandard s && serviceType.equals(s.serviceType) && version == s.version
                && effectiveFrom.equals(s.effectiveFrom) && Objects.equals(effectiveUntil, s.effectiveUntil)
                && legalBasis.equals(s.legalBasis) && formAttributes.equals(s.formAttributes)
                && requiredDocuments.equals(s.requiredDocuments) && procedure.equals(s.procedure)
                && serviceLevel.equals(s.serviceLevel) && fee.equals(s.fee) && product.equals(s.product)
                && texts.equals(s.texts) && Objects.equals(pledge, s.pledge);
    }

    @Override
    public int hashCode() {
        return Objects.hash(serviceType, version, effectiveFrom, effectiveUntil, legalBasis, formAttributes,
                requiredDocuments, procedure, serviceLevel, fee, product, texts, pledge);
    }

    @Override
    public String toString() {
        return "ServiceStandard[" + serviceType.code() + " v" + version + " from " + effectiveFrom + "]";
    }

    /** Builder for {@link ServiceStandard}; {@link #build()} checks the required components. */
    public static final class Builder {
        private ServiceType serviceType;
        private int version = 1;
        private LocalDate effectiveFrom;
        private LocalDate effectiveUntil;
        private final List<LegalReference> legalBasis = new ArrayList<>();
        private final List<FormAttribute> formAttributes = new ArrayList<>();
        private final List<RequiredDocument> requiredDocuments = new ArrayList<>();
        private final List<LocalizedText> procedure = new ArrayList<>();
        private ServiceLevel serviceLevel;
        private Fee fee;
        private ServiceProduct product;
        private final Map<StandardComponent, LocalizedText> texts = new EnumMap<>(StandardComponent.class);
        private ServicePledge pledge;

        private Builder() {
        }

        public Builder serviceType(ServiceType serviceType) {
            this.serviceType = serviceType;
            return this;
        }

        public Builder version(int version) {
            this.version = version;
            return this;
        }

        public Builder effectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        public Builder effectiveUntil(LocalDate effectiveUntil) {
            this.effectiveUntil = effectiveUntil;
            return this;
        }

        public Builder legalBasis(LegalReference reference) {
            legalBasis.add(Objects.requireNonNull(reference, "reference"));
            return this;
        }

        public Builder formAttribute(FormAttribute attribute) {
            formAttributes.add(Objects.requireNonNull(attribute, "attribute"));
            return this;
        }

        public Builder requiredDocument(RequiredDocument document) {
            requiredDocuments.add(Objects.requireNonNull(document, "document"));
            return this;
        }

        public Builder procedureStep(LocalizedText step) {
            procedure.add(Objects.requireNonNull(step, "step"));
            return this;
        }

        public Builder procedureStep(String stepId, String stepEn) {
            return procedureStep(LocalizedText.of(stepId, stepEn));
        }

        public Builder serviceLevel(ServiceLevel serviceLevel) {
            this.serviceLevel = serviceLevel;
            return this;
        }

        public Builder fee(Fee fee) {
            this.fee = fee;
            return this;
        }

        public Builder product(ServiceProduct product) {
            this.product = product;
            return this;
        }

        /** Sets a component described in words: g to n, including j (complaints). */
        public Builder text(StandardComponent component, LocalizedText text) {
            if (!TEXT_COMPONENTS.contains(component)) {
                throw new InvalidCatalogueException("standard.component.structured",
                        String.valueOf(component.letter()), component.name());
            }
            texts.put(component, Objects.requireNonNull(text, "text"));
            return this;
        }

        /** j. How complaints, suggestions and feedback are handled; required. */
        public Builder complaintHandling(LocalizedText text) {
            return text(StandardComponent.COMPLAINTS, text);
        }

        public Builder pledge(ServicePledge pledge) {
            this.pledge = pledge;
            return this;
        }

        public ServiceStandard build() {
            return new ServiceStandard(this);
        }
    }
}
