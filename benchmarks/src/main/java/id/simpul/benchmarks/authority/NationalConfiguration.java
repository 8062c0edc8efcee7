package id.simpul.benchmarks.authority;

import id.simpul.sdk.agency.Agency;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.authority.AgreementKind;
import id.simpul.sdk.authority.AgreementParty;
import id.simpul.sdk.authority.Authority;
import id.simpul.sdk.authority.AuthorityConfiguration;
import id.simpul.sdk.authority.CooperationAgreement;
import id.simpul.sdk.authority.Delegation;
import id.simpul.sdk.authority.FeeAttribution;
import id.simpul.sdk.authority.LegalInstrument;
import id.simpul.sdk.authority.ResolutionQuery;
import id.simpul.sdk.authority.Validity;
import id.simpul.sdk.catalogue.AttributeType;
import id.simpul.sdk.catalogue.Fee;
import id.simpul.sdk.catalogue.FormAttribute;
import id.simpul.sdk.catalogue.FormData;
import id.simpul.sdk.catalogue.LegalReference;
import id.simpul.sdk.catalogue.LocalizedText;
import id.simpul.sdk.catalogue.ServiceCatalogue;
import id.simpul.sdk.catalogue.ServiceCategory;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.catalogue.ServiceProduct;
import id.simpul.sdk.catalogue.ServiceStandard;
import id.simpul.sdk.catalogue.ServiceType;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import id.simpul.sdk.request.Channel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A national-scale authority configuration generated from the real region dataset: every one of
 * the 514 regencies decides 150 service types (20 of them through the Bupati/Wali Kota, delegated
 * to the camat of every one of the 7,285 kecamatan — 19 unconditionally, one only for buildings
 * up to 100 m² — and 130 held by five departments), and 2,000 cooperation agreements between
 * random pairs of regencies, each letting the counters of both parties accept 30 random services,
 * a quarter of them already expired. Seeded: the same world every run.
 */
final class NationalConfiguration {

    static final int SERVICES = 150;
    static final int DELEGATED = 20;
    static final int DEPARTMENTS = 5;
    static final int AGREEMENTS = 2_000;
    static final int AGREEMENT_SCOPE = 30;
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    final RegionRegistry regions;
    final ServiceCatalogue catalogue;
    final List<ServiceCode> services = new ArrayList<>();
    final List<Agency> agencies = new ArrayList<>();
    final List<Authority> authorities = new ArrayList<>();
    final List<Delegation> delegations = new ArrayList<>();
    final List<CooperationAgreement> agreements = new ArrayList<>();
    final List<Region> regencies;
    final Map<RegionCode, List<Region>> kecamatanByRegency = new HashMap<>();

    private NationalConfiguration(RegionRegistry regions) {
        this.regions = regions;
        this.regencies = regions.all(RegionLevel.REGENCY);
        for (Region d : regions.all(RegionLevel.DISTRICT)) {
            kecamatanByRegency.computeIfAbsent(d.code().parent().orElseThrow(), k -> new ArrayList<>()).add(d);
        }
        this.catalogue = catalogue();
        for (Region regency : regencies) {
            addRegency(regency);
        }
        addAgreements(new Random(20260615L));
    }

    /** Generates the world's parts (not yet validated or indexed). */
    static NationalConfiguration generate() {
        return new NationalConfiguration(RegionRegistry.official());
    }

    /** A builder holding every part, ready to validate and build. */
    AuthorityConfiguration.Builder builder() {
        return AuthorityConfiguration.builder().regions(regions).catalogue(catalogue).agencies(agencies)
                .authorities(authorities).delegations(delegations).agreements(agreements);
    }

    int kecamatanCount() {
        return kecamatanByRegency.values().stream().mapToInt(List::size).sum();
    }

    private ServiceCatalogue catalogue() {
        List<ServiceStandard> standards = new ArrayList<>();
        FormAttribute area = FormAttribute.builder().code("luas_bangunan").label("Luas bangunan (m2)", "Floor area")
                .type(AttributeType.NUMBER).required(true).order(1).build();
        for (int i = 1; i <= SERVICES; i++) {
            String code = String.format("SVC-%03d", i);
            services.add(ServiceCode.of(code));
            ServiceStandard.Builder b = ServiceStandard.builder()
                    .serviceType(ServiceType.of(code, "Layanan " + i, "Service " + i, ServiceCategory.OTHER))
                    .version(1).effectiveFrom(LocalDate.of(2020, 1, 1))
                    .legalBasis(LegalReference.of("Undang-Undang Nomor 25 Tahun 2009"))
                    .procedureStep("Pemohon menyerahkan berkas", "The applicant hands in the papers")
                    .serviceLevel(ServiceLevel.workingDays(3)).fee(Fee.free())
                    .product(ServiceProduct.of(LocalizedText.of("Surat " + i)))
                    .complaintHandling(LocalizedText.of("SP4N-LAPOR!"));
            if (i == DELEGATED) {
                b.formAttribute(area);
            }
            standards.add(b.build());
        }
        return ServiceCatalogue.of(standards);
    }

    private void addRegency(Region regency) {
        String r = regency.code().value();
        String head = regency.name().startsWith("Kota") ? "Wali Kota" : "Bupati";
        agencies.add(agency(r + "-kepala-daerah", head + " " + regency.name(), AgencyKind.REGIONAL_DEPARTMENT, r,
                false));
        agencies.add(agency(r + "-mpp", "Mal Pelayanan Publik " + regency.name(), AgencyKind.PUBLIC_SERVICE_MALL, r,
                true));
        Validity always = Validity.from(LocalDate.of(2018, 4, 1));
        authorities.add(Authority.builder().id(r + "-kewenangan-kepala-daerah").holder(r + "-kepala-daerah")
                .services(services.subList(0, DELEGATED)).territory(regency.code())
                .legalBasis(LegalInstrument.of("Peraturan Pemerintah Nomor 17 Tahun 2018", "Pasal 10"))
                .requiresDelegation(true).validity(always).build());
        int perDepartment = (SERVICES - DELEGATED) / DEPARTMENTS;
        for (int d = 0; d < DEPARTMENTS; d++) {
            String dept = r + "-dinas-" + (d + 1);
            agencies.add(agency(dept, "Dinas " + (d + 1) + " " + regency.name(), AgencyKind.REGIONAL_DEPARTMENT, r,
                    true));
            int from = DELEGATED + d * perDepartment;
            authorities.add(Authority.builder().id(dept + "-kewenangan").holder(dept)
                    .services(services.subList(from, from + perDepartment)).territory(regency.code())
                    .legalBasis("Peraturan Daerah " + regency.name() + " Nomor " + (d + 1) + " Tahun 2021")
                    .validity(Validity.from(LocalDate.of(2021, 1, 1))).build());
        }
        String perbup = "Peraturan " + head + " " + regency.name() + " Nomor 12 Tahun 2023";
        for (Region kecamatan : kecamatanByRegency.getOrDefault(regency.code(), List.of())) {
            String k = kecamatan.code().value();
            agencies.add(agency(k + "-kecamatan", "Kecamatan " + kecamatan.name(), AgencyKind.DISTRICT_OFFICE, k,
                    true));
            delegations.add(Delegation.builder().id(k + "-pelimpahan").delegator(r + "-kepala-daerah")
                    .delegate(k + "-kecamatan").services(services.subList(0, DELEGATED - 1))
                    .kecamatan(kecamatan.code()).instrument(LegalInstrument.of(perbup, "Pasal 3"))
                    .validity(Validity.from(LocalDate.of(2023, 3, 1))).build());
            delegations.add(Delegation.builder().id(k + "-pelimpahan-bangunan").delegator(r + "-kepala-daerah")
                    .delegate(k + "-kecamatan").service(services.get(DELEGATED - 1)).kecamatan(kecamatan.code())
                    .condition("luas_bangunan <= 100").instrument(LegalInstrument.of(perbup, "Pasal 4"))
                    .validity(Validity.from(LocalDate.of(2023, 3, 1))).build());
        }
    }

    private void addAgreements(Random random) {
        Set<String> pairs = new HashSet<>();
        while (agreements.size() < AGREEMENTS) {
            Region a = regencies.get(random.nextInt(regencies.size()));
            Region b = regencies.get(random.nextInt(regencies.size()));
            if (a.equals(b) || !pairs.add(a.code().compareTo(b.code()) < 0 ? a.code() + "|" + b.code()
                    : b.code() + "|" + a.code())) {
                continue;
            }
            int n = agreements.size();
            boolean expired = n % 4 == 0;
            Validity validity = expired ? Validity.between(LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31))
                    : Validity.between(LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));
            agreements.add(CooperationAgreement.builder().id("pks-" + (n + 1))
                    .kind(n % 3 == 0 ? AgreementKind.MANDATORY : AgreementKind.VOLUNTARY)
                    .instrument("Nomor " + (n + 1) + "/PKS/" + validity.effectiveFrom().getYear())
                    .signed(validity.effectiveFrom().minusDays(14)).validity(validity)
                    .party(party(a.code(), random)).party(party(b.code(), random)).build());
        }
    }

    private AgreementParty party(RegionCode region, Random random) {
        Set<ServiceCode> scope = new HashSet<>();
        while (scope.size() < AGREEMENT_SCOPE) {
            scope.add(services.get(random.nextInt(SERVICES)));
        }
        return AgreementParty.of(region, scope, List.of("nik", "nama"), FeeAttribution.COMPETENT_REGION);
    }

    private static Agency agency(String id, String name, AgencyKind kind, String home, boolean servicePoint) {
        return Agency.builder().id(id).name(name).kind(kind).homeRegion(home).servicePoint(servicePoint).build();
    }

    /**
     * Queries as a busy national network would see them: 60 % filed in the subject's own regency,
     * 30 % at the counter of an agreement partner, 10 % at a random regency's counter; 40 % for a
     * delegated service (floor areas around the 100 m² limit); subjects at kecamatan or village level.
     */
    List<ResolutionQuery> queries(int count, long seed) {
        Random random = new Random(seed);
        List<ResolutionQuery> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            double kind = random.nextDouble();
            Region subjectRegency;
            Region filingRegency;
            if (kind < 0.6) {
                subjectRegency = regencies.get(random.nextInt(regencies.size()));
                filingRegency = subjectRegency;
            } else if (kind < 0.9) {
                CooperationAgreement g = agreements.get(random.nextInt(agreements.size()));
                int first = random.nextInt(2);
                subjectRegency = regions.find(g.parties().get(first).region()).orElseThrow();
                filingRegency = regions.find(g.parties().get(1 - first).region()).orElseThrow();
            } else {
                subjectRegency = regencies.get(random.nextInt(regencies.size()));
                filingRegency = regencies.get(random.nextInt(regencies.size()));
            }
            List<Region> kecamatan = kecamatanByRegency.get(subjectRegency.code());
            if (kecamatan == null) {
                continue;
            }
            Region district = kecamatan.get(random.nextInt(kecamatan.size()));
            RegionCode subject = district.code();
            if (random.nextBoolean()) {
                List<Region> villages = regions.children(district.code());
                if (!villages.isEmpty()) {
                    subject = villages.get(random.nextInt(villages.size())).code();
                }
            }
            ServiceCode service = random.nextDouble() < 0.4 ? services.get(random.nextInt(DELEGATED))
                    : services.get(DELEGATED + random.nextInt(SERVICES - DELEGATED));
            FormData form = FormData.builder().put("luas_bangunan", Integer.toString(60 + random.nextInt(80)))
                    .build();
            queries.add(ResolutionQuery.builder().service(service).subject(subject)
                    .filedAt(filingRegency.code().value() + "-mpp", Channel.MPP).on(TODAY).attributes(form).build());
        }
        return queries;
    }
}
