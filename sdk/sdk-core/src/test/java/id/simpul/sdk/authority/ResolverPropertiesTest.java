package id.simpul.sdk.authority;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Channel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for every question asked of the resolver, whatever the answer. */
class ResolverPropertiesTest {

    private static final AuthorityConfiguration WORLD = AuthorityWorld.configuration();
    private static final AuthorityResolver RESOLVER = WORLD.resolver();
    private static final List<RegionCode> SUBJECTS = subjects();

    @Property
    void resolve_neverNamesAnOfficeOutsideTheTerritoryOfTheAuthorityItActsFor(@ForAll("queries") ResolutionQuery q) {
        if (RESOLVER.resolve(q) instanceof Decision d) {
            Authority authority = d.authority().authority();
            Agency office = d.competentOffice();
            assertThat(authority.covers(office.homeRegion()) || office.id().equals(authority.holder()))
                    .as("%s decides for %s", office.id(), authority.territory()).isTrue();
            d.delegation().ifPresent(link -> {
                assertThat(office.id()).isEqualTo(link.delegation().delegate());
                assertThat(link.delegation().delegator()).isEqualTo(authority.holder());
                assertThat(authority.covers(office.homeRegion())).isTrue();
                assertThat(link.delegation().covers(q.subjectRegion())).isTrue();
            });
            assertThat(authority.covers(q.subjectRegion())).isTrue();
        }
    }

    @Property
    void resolve_twice_givesTheSameAnswer(@ForAll("queries") ResolutionQuery q) {
        assertThat(RESOLVER.resolve(q)).isEqualTo(RESOLVER.resolve(q));
    }

    @Property(tries = 200)
    void resolve_onAFreshlyBuiltEqualConfiguration_givesTheSameAnswer(@ForAll("queries") ResolutionQuery q) {
        assertThat(FRESH.resolve(q)).isEqualTo(RESOLVER.resolve(q));
    }

    private static final AuthorityResolver FRESH = AuthorityWorld.configuration().resolver();

    @Property
    void resolve_everyRefusalNamesAMissingLinkAfterTheLinksItFound(@ForAll("queries") ResolutionQuery q) {
        if (RESOLVER.resolve(q) instanceof Refusal r) {
            assertThat(r.missingLink()).isNotNull();
            assertThat(r.reasonText(Locale.ENGLISH)).isNotBlank().doesNotContain("refusal.");
            assertThat(r.reasonText(Locale.forLanguageTag("id"))).isNotBlank().doesNotContain("refusal.");
            switch (r.missingLink()) {
                case SERVICE, FILING_OFFICE, SUBJECT_REGION, AUTHORITY -> assertThat(r.chain())
                        .allMatch(AuthorityLink.class::isInstance).hasSizeLessThanOrEqualTo(1);
                case DELEGATION, CONDITION -> {
                    assertThat(r.chain()).singleElement().isInstanceOf(AuthorityLink.class);
                    assertThat(r.instrumentId()).isNotEmpty();
                }
                case AGREEMENT -> {
                    assertThat(r.chain()).isNotEmpty().first().isInstanceOf(AuthorityLink.class);
                    assertThat(r.chain()).noneMatch(AgreementLink.class::isInstance);
                }
            }
            assertThat(r.condition().isPresent()).isEqualTo(r.reason() == RefusalReason.CONDITION_NOT_MET);
        }
    }

    @Property
    void resolve_crossRegencyDecision_alwaysRestsOnAnAgreementInForceCoveringTheService(
            @ForAll("queries") ResolutionQuery q) {
        if (RESOLVER.resolve(q) instanceof Decision d) {
            RegionCode filingHome = WORLD.agency(q.filingAgency()).orElseThrow().homeRegion();
            RegionCode filingArea = filingHome.level() == RegionLevel.PROVINCE ? filingHome
                    : filingHome.truncate(RegionLevel.REGENCY);
            boolean sameArea = q.subjectRegion().isWithin(filingArea);
            boolean provincial = d.authority().authority().covers(filingHome);
            if (!sameArea && !provincial) {
                assertThat(d.agreement()).hasValueSatisfying(link -> {
                    assertThat(link.agreement().statusOn(q.date())).isEqualTo(InstrumentStatus.IN_FORCE);
                    assertThat(link.filingParty().accepts(q.service())).isTrue();
                });
            } else {
                assertThat(d.agreement()).isEmpty();
            }
        }
    }

    @Provide
    Arbitrary<ResolutionQuery> queries() {
        Arbitrary<String> services = Arbitraries.of(WORLD.catalogue().serviceTypes().stream()
                .map(ServiceType::code).map(Object::toString).toList());
        Arbitrary<RegionCode> subjects = Arbitraries.of(SUBJECTS);
        Arbitrary<Agency> filing = Arbitraries.of(List.copyOf(WORLD.agencies()));
        Arbitrary<Channel> channel = Arbitraries.of(Channel.COUNTER, Channel.MPP, Channel.ONLINE);
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 365 * 8)
                .map(d -> LocalDate.of(2020, 1, 1).plusDays(d));
        Arbitrary<FormData> forms = Arbitraries.oneOf(
                Arbitraries.just(FormData.empty()),
                Arbitraries.bigDecimals().between(BigDecimal.ONE, BigDecimal.valueOf(300)).ofScale(2)
                        .map(v -> FormData.builder().put("luas_bangunan", v).put("fungsi", "HUNIAN").build()),
                Arbitraries.of("100", "100.00", "100.01", "99.99", "-1", "abc")
                        .map(v -> FormData.builder().put("luas_bangunan", v).build()));
        return Combinators.combine(services, subjects, filing, channel, dates, forms).as((s, r, a, c, d, f) ->
                ResolutionQuery.builder().service(s).subject(r).filedAt(a.id(), c).on(d).attributes(f).build());
    }

    private static List<RegionCode> subjects() {
        RegionRegistry regions = RegionRegistry.official();
        List<RegionCode> codes = new ArrayList<>();
        for (String regency : List.of("61.12", "61.06", "61.01", "61.03", "62.03", "36.71", "36.74")) {
            codes.add(RegionCode.parse(regency));
            for (Region kecamatan : regions.children(regency)) {
                codes.add(kecamatan.code());
                regions.children(kecamatan.code()).stream().limit(2).forEach(v -> codes.add(v.code()));
            }
        }
        codes.add(RegionCode.parse("61"));
        codes.add(RegionCode.parse("61.12.99"));
        return codes;
    }
}
