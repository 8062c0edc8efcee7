package id.simpul.benchmarks.config;

import id.simpul.sdk.config.ConfigSource;
import id.simpul.sdk.region.Region;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A national-scale regency configuration folder, written as YAML in memory from the real region
 * dataset: all 514 regencies, each with its Bupati/Wali Kota, MPP, five departments and an office
 * for each of its kecamatan (7,285 in all); 150 service types; 20 of them held by the Bupati/Wali
 * Kota and delegated with {@code toCamatOf} to the camat of every kecamatan (19 unconditionally,
 * one for buildings up to 100 m²), 130 held by the departments; 2,000 agreements between random
 * pairs of regencies, each party accepting 30 random services. Seeded: the same folder every run.
 * The same world as the engine's national-scale benchmark, so the figures compare.
 */
final class NationalYamlConfiguration {

    static final int SERVICES = 150;
    static final int DELEGATED = 20;
    static final int DEPARTMENTS = 5;
    static final int AGREEMENTS = 2_000;
    static final int AGREEMENT_SCOPE = 30;

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<Region> regencies;
    private final Map<String, List<Region>> kecamatanByRegency = new LinkedHashMap<>();

    private NationalYamlConfiguration(RegionRegistry regions) {
        regencies = regions.all(RegionLevel.REGENCY);
        for (Region d : regions.all(RegionLevel.DISTRICT)) {
            kecamatanByRegency.computeIfAbsent(d.code().parent().orElseThrow().value(), k -> new ArrayList<>()).add(d);
        }
        regency();
        catalogue();
        agencies();
        authorities();
        delegations();
        agreements(new Random(20260615L));
    }

    static NationalYamlConfiguration generate(RegionRegistry regions) {
        return new NationalYamlConfiguration(regions);
    }

    /** The folder's files, in memory. */
    ConfigSource source() {
        return new ConfigSource() {
            @Override
            public String origin() {
                return "memory:national";
            }

            @Override
            public List<String> files() {
                return List.copyOf(files.keySet());
            }

            @Override
            public Optional<byte[]> read(String name) {
                return Optional.ofNullable(files.get(name));
            }
        };
    }

    /** The texts of the files, for the parse-only baseline. */
    List<String> texts() {
        return files.values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    long bytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    private void put(String name, StringBuilder text) {
        files.put(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String service(int i) {
        return String.format("SVC-%03d", i);
    }

    private void regency() {
        StringBuilder y = new StringBuilder("schemaVersion: 1\nnode:\n  region: \"")
                .append(regencies.get(0).code().value()).append("\"\n  name: ").append(regencies.get(0).name())
                .append("\nregencies:\n");
        regencies.forEach(r -> y.append("  - \"").append(r.code().value()).append("\"\n"));
        put("regency.yaml", y);
    }

    private void catalogue() {
        for (int i = 1; i <= SERVICES; i++) {
            StringBuilder y = new StringBuilder("schemaVersion: 1\nservice:\n  code: ").append(service(i))
                    .append("\n  name: {id: Layanan ").append(i).append(", en: Service ").append(i)
                    .append("}\n  category: lainnya\nstandards:\n  - version: 1\n    effectiveFrom: 2020-01-01\n")
                    .append("    legalBasis:\n      - instrument: Undang-Undang Nomor 25 Tahun 2009\n");
            if (i == DELEGATED) {
                y.append("    requirements:\n      form:\n        - code: luas_bangunan\n")
                        .append("          label: {id: Luas bangunan (m2), en: Floor area (m2)}\n")
                        .append("          type: number\n          required: true\n");
            }
            y.append("    procedure:\n      - {id: Pemohon menyerahkan berkas, en: The applicant hands in the papers}\n")
                    .append("    timeLimit: 3 hari kerja\n    fee: {kind: free}\n    product:\n      name: {id: Surat ")
                    .append(i).append("}\n    complaints: {id: SP4N-LAPOR!}\n");
            put("catalogue/" + service(i) + ".yaml", y);
        }
    }

    private void agencies() {
        StringBuilder y = new StringBuilder("schemaVersion: 1\nagencies:\n");
        for (Region regency : regencies) {
            String r = regency.code().value();
            agency(y, r + "-kepala-daerah", "Kepala daerah " + regency.name(), "opd", r, false);
            agency(y, r + "-mpp", "Mal Pelayanan Publik " + regency.name(), "mpp", r, true);
            for (int d = 1; d <= DEPARTMENTS; d++) {
                agency(y, r + "-dinas-" + d, "Dinas " + d + " " + regency.name(), "opd", r, true);
            }
            for (Region k : kecamatanByRegency.getOrDefault(r, List.of())) {
                agency(y, k.code().value() + "-kecamatan", "Kecamatan " + k.name(), "kecamatan", k.code().value(), true);
            }
        }
        put("agencies.yaml", y);
    }

    private static void agency(StringBuilder y, String id, String name, String kind, String home, boolean point) {
        y.append("  - id: ").append(id).append("\n    name: \"").append(name.replace("\"", "'"))
                .append("\"\n    kind: ").append(kind).append("\n    homeRegion: \"").append(home)
                .append("\"\n    servicePoint: ").append(point).append('\n');
    }

    private void authorities() {
        StringBuilder y = new StringBuilder("schemaVersion: 1\nauthorities:\n");
        int perDepartment = (SERVICES - DELEGATED) / DEPARTMENTS;
        for (Region regency : regencies) {
            String r = regency.code().value();
            y.append("  - id: ").append(r.replace('.', '-')).append("-kepala-daerah\n    holder: ").append(r)
                    .append("-kepala-daerah\n    services: [").append(services(1, DELEGATED)).append("]\n")
                    .append("    territory: [\"").append(r).append("\"]\n")
                    .append("    legalBasis:\n      - {instrument: Peraturan Pemerintah Nomor 17 Tahun 2018, provision: Pasal 10}\n")
                    .append("    effectiveFrom: 2018-04-01\n    onlyThroughDelegation: true\n");
            for (int d = 1; d <= DEPARTMENTS; d++) {
                int from = DELEGATED + (d - 1) * perDepartment + 1;
                y.append("  - id: ").append(r.replace('.', '-')).append("-dinas-").append(d).append("\n    holder: ")
                        .append(r).append("-dinas-").append(d).append("\n    services: [")
                        .append(services(from, from + perDepartment - 1)).append("]\n    territory: [\"").append(r)
                        .append("\"]\n    legalBasis:\n      - {instrument: Peraturan Daerah Nomor ").append(d)
                        .append(" Tahun 2021}\n    effectiveFrom: 2021-01-01\n");
            }
        }
        put("authorities.yaml", y);
    }

    private void delegations() {
        StringBuilder y = new StringBuilder("schemaVersion: 1\ndelegations:\n");
        for (Region regency : regencies) {
            String r = regency.code().value();
            List<Region> kecamatan = kecamatanByRegency.getOrDefault(r, List.of());
            if (kecamatan.isEmpty()) {
                continue;
            }
            StringBuilder camat = new StringBuilder("    toCamatOf:\n");
            kecamatan.forEach(k -> camat.append("      - \"").append(k.code().value()).append("\"\n"));
            String perbup = "    instrument: {instrument: Peraturan Kepala Daerah " + regency.name().replace(":", "")
                    + " Nomor 12 Tahun 2023, provision: Pasal ";
            y.append("  - id: ").append(r.replace('.', '-')).append("-pelimpahan\n    delegator: ").append(r)
                    .append("-kepala-daerah\n    services: [").append(services(1, DELEGATED - 1)).append("]\n")
                    .append(camat).append(perbup).append("3}\n    effectiveFrom: 2023-03-01\n");
            y.append("  - id: ").append(r.replace('.', '-')).append("-pelimpahan-bangunan\n    delegator: ").append(r)
                    .append("-kepala-daerah\n    services: [").append(service(DELEGATED)).append("]\n")
                    .append("    conditions: [\"luas_bangunan <= 100\"]\n")
                    .append(camat).append(perbup).append("4}\n    effectiveFrom: 2023-03-01\n");
        }
        put("delegations.yaml", y);
    }

    private void agreements(Random random) {
        StringBuilder y = new StringBuilder("schemaVersion: 1\nagreements:\n");
        Set<String> pairs = new HashSet<>();
        int n = 0;
        while (n < AGREEMENTS) {
            String a = regencies.get(random.nextInt(regencies.size())).code().value();
            String b = regencies.get(random.nextInt(regencies.size())).code().value();
            if (a.equals(b) || !pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a)) {
                continue;
            }
            n++;
            boolean expired = n % 4 == 0;
            y.append("  - id: pks-").append(n).append("\n    kind: ").append(n % 3 == 0 ? "wajib" : "sukarela")
                    .append("\n    number: {instrument: Nomor ").append(n).append("/PKS}\n    signed: ")
                    .append(expired ? "2020-12-18" : "2024-12-18").append("\n    effectiveFrom: ")
                    .append(expired ? "2021-01-01" : "2025-01-01").append("\n    effectiveUntil: ")
                    .append(expired ? "2025-12-31" : "2029-12-31").append("\n    parties:\n");
            for (String party : List.of(a, b)) {
                y.append("      - region: \"").append(party).append("\"\n        accepts: [")
                        .append(scope(random)).append("]\n        sharedFields: [nik, nama]\n");
            }
        }
        put("agreements.yaml", y);
    }

    private static String scope(Random random) {
        Set<Integer> chosen = new java.util.TreeSet<>();
        while (chosen.size() < AGREEMENT_SCOPE) {
            chosen.add(1 + random.nextInt(SERVICES));
        }
        return String.join(", ", chosen.stream().map(NationalYamlConfiguration::service).toList());
    }

    private static String services(int from, int to) {
        List<String> codes = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            codes.add(service(i));
        }
        return String.join(", ", codes);
    }
}
