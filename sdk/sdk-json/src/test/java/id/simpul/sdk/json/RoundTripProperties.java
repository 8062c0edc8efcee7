package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.RequiredDocument;
import id.simpul.sdk.catalogue.Rupiah;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.catalogue.StandardComponent;
import id.simpul.sdk.request.Actor;
import id.simpul.sdk.request.RequestAction;
import id.simpul.sdk.request.ServiceRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Whatever the model can hold, the JSON writes in the schema's shape and reads back equal. */
class RoundTripProperties {

    private static final SimpulJson JSON = SimpulJson.create(Requests.CALENDAR);

    @AfterContainer
    static void close() {
        JSON.close();
    }

    @Property(tries = 150)
    void anyStandard_matchesTheSchema_andReadsBackEqual(@ForAll("standards") ServiceStandard standard) {
        String json = JSON.toJson(standard);

        assertThat(SchemaCheck.problems("service-standard.schema.json", json)).as(json).isEmpty();
        assertThat(JSON.fromJson(json, ServiceStandard.class)).isEqualTo(standard);
    }

    @Property(tries = 150)
    void anyWalkThroughTheStatusMachine_matchesTheSchema_andReadsBackEqual(
            @ForAll("walks") List<Integer> choices, @ForAll("minutes") List<Integer> gaps) {
        ServiceRequest request = walk(choices, gaps);
        String json = JSON.toJson(request);

        assertThat(SchemaCheck.problems("service-request.schema.json", json)).as(json).isEmpty();
        assertThat(JSON.fromJson(json, ServiceRequest.class)).isEqualTo(request);
    }

    /** Takes, at each step, one of the actions the status allows, a few minutes to days apart. */
    private static ServiceRequest walk(List<Integer> choices, List<Integer> gaps) {
        ServiceRequest r = Requests.draft();
        Instant at = r.createdAt();
        for (int i = 0; i < choices.size() && !r.status().isFinal(); i++) {
            List<RequestAction> allowed = r.allowedActions();
            RequestAction action = allowed.get(choices.get(i) % allowed.size());
            at = at.plus(Duration.ofMinutes(gaps.get(i % gaps.size())));
            Actor actor = action.isPermittedFor(id.simpul.sdk.request.ActorRole.APPLICANT) ? Requests.CITIZEN
                    : choices.get(i) % 2 == 0 ? Requests.OFFICER : Requests.OSS;
            r = r.apply(action, actor, at, action.requiresReason() ? "Alasan langkah " + i : null);
        }
        return r;
    }

    @Provide
    Arbitrary<List<Integer>> walks() {
        return Arbitraries.integers().between(0, 1000).list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> minutes() {
        return Arbitraries.integers().between(0, 60 * 24 * 3).list().ofMinSize(1).ofMaxSize(5);
    }

    @Provide
    Arbitrary<ServiceStandard> standards() {
        Arbitrary<ServiceType> type = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5).list().ofMinSize(1)
                        .ofMaxSize(3).map(parts -> String.join("-", parts)).filter(ServiceCode::isWellFormed),
                texts(), Arbitraries.of(ServiceCategory.class))
                .as((code, name, category) -> new ServiceType(ServiceCode.of(code), name, category));
        Arbitrary<ServiceLevel> level = Arbitraries.oneOf(Arbitraries.just(ServiceLevel.instant()),
                Arbitraries.integers().between(1, 60).map(ServiceLevel::workingDays),
                Arbitraries.integers().between(1, 40).map(ServiceLevel::workingHours));
        Arbitrary<Fee> fee = Arbitraries.oneOf(Arbitraries.just(Fee.free()),
                Arbitraries.longs().between(1, 999_999_999_999_999_999L).map(a -> Fee.fixed(Rupiah.of(a))),
                texts().map(Fee::variable));
        Arbitrary<List<FormAttribute>> attributes = attribute().list().ofMaxSize(4).map(RoundTripProperties::renumber);
        Arbitrary<List<RequiredDocument>> documents = document().list().ofMaxSize(3)
                .uniqueElements(RequiredDocument::code);
        Arbitrary<List<StandardComponent>> texts = Arbitraries.of(StandardComponent.FACILITIES,
                StandardComponent.STAFF_COMPETENCE, StandardComponent.STAFFING, StandardComponent.PERFORMANCE_EVALUATION)
                .list().uniqueElements();
        return Combinators.combine(type, Arbitraries.integers().between(1, 50), level, fee, attributes, documents, texts,
                texts()).as((t, version, l, f, attrs, docs, extra, text) -> {
                    ServiceStandard.Builder b = ServiceStandard.builder().serviceType(t).version(version)
                            .effectiveFrom(LocalDate.of(2020, 1, 1).plusDays(version * 17L))
                            .legalBasis(LegalReference.of("Peraturan Daerah Nomor " + version + " Tahun 2024", "Pasal 2"))
                            .procedureStep(text).serviceLevel(l).fee(f).product(ServiceProduct.of(text, Period.ofYears(1)))
                            .complaintHandling(text);
                    attrs.forEach(b::formAttribute);
                    docs.stream().filter(d -> attrs.stream().noneMatch(a -> a.code().equals(d.code())))
                            .forEach(b::requiredDocument);
                    extra.forEach(c -> b.text(c, text));
                    return b.build();
                });
    }

    private static List<FormAttribute> renumber(List<FormAttribute> attrs) {
        java.util.List<FormAttribute> out = new java.util.ArrayList<>();
        for (int i = 0; i < attrs.size(); i++) {
            out.add(attrs.get(i).toBuilder().code("f" + i + "_" + attrs.get(i).code()).order(i * 10 - 5).build());
        }
        return out;
    }

    private Arbitrary<FormAttribute> attribute() {
        Arbitrary<String> code = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
        Arbitrary<BigDecimal> decimal = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000),
                BigDecimal.valueOf(1000)).ofScale(2);
        return Combinators.combine(code, texts(), Arbitraries.of(AttributeType.class), Arbitraries.of(true, false),
                decimal, Arbitraries.integers().between(1, 500)).as((c, label, type, required, d, n) -> {
                    FormAttribute.Builder b = FormAttribute.builder().code(c).label(label).type(type).required(required);
                    switch (type) {
                        case NUMBER -> b.min(d).max(d.add(BigDecimal.valueOf(n)));
                        case DATE -> b.earliest(LocalDate.of(1900, 1, 1).plusDays(n)).latest(LocalDate.of(2100, 1, 1));
                        case STRING, TEXT -> b.maxLength(n);
                        case SINGLE_VALUE_LIST, MULTI_VALUE_LIST -> b.allowedValue("A" + n, "Pilihan", "Choice")
                                .allowedValue("B" + n, "Lainnya", null);
                    }
                    return b.build();
                });
    }

    private Arbitrary<RequiredDocument> document() {
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                texts(), Arbitraries.of(true, false), Arbitraries.integers().between(0, 400))
                .as((c, name, mandatory, days) -> RequiredDocument.builder().code("d_" + c).name(name)
                        .mandatory(mandatory).validity(days == 0 ? null : Period.ofDays(days)).build());
    }

    private Arbitrary<LocalizedText> texts() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withChars(" \u00e9\u00c9-/'\"\\\n\t:")
                .ofMinLength(1).ofMaxLength(30).filter(s -> !s.isBlank());
        return Combinators.combine(text, text.injectNull(0.3)).as(LocalizedText::of);
    }
}
