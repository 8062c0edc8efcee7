package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * simpul-check on copies of the demo configuration with one mistake each: exit status 1, and a
 * report that names the file, the line, the field, and says how to fix it, in both languages.
 */
class BrokenConfigurationTest {

    @TempDir
    Path folder;

    static Stream<BrokenConfiguration> mistakes() {
        return Stream.of(
                BrokenConfiguration.of("yaml syntax error (tab indentation)", "agencies.yaml",
                        "    kind: mpp\n", "\tkind: mpp\n", "", "yaml.syntax",
                        "indentasi (gunakan spasi, bukan tab)", "indentation (spaces, not tabs)")
                        .anchoredAt("\tkind: mpp"),
                BrokenConfiguration.of("yaml key written twice", "regency.yaml",
                        "  name: Kabupaten Kubu Raya\n", "  name: Kabupaten Kubu Raya\n  name: Kubu Raya\n", "",
                        "yaml.duplicate-key", "Hapus salah satunya", "Remove one of them")
                        .anchoredAt("  name: Kubu Raya\n"),
                BrokenConfiguration.of("wrong type: text where a number is expected", "catalogue/POL-SKCK.yaml",
                        "amount: 30000", "amount: tiga puluh ribu", "standards[0].fee.amount", "schema.type",
                        "Tulis nilai bertipe integer", "Write a value of type integer"),
                BrokenConfiguration.of("region code without quotes is read as a number", "regency.yaml",
                        "  region: \"61.12\"", "  region: 61.12", "node.region", "schema.type",
                        "tanda kutip agar terbaca sebagai teks, misalnya \"61.12\"",
                        "Put it in quotes so it is read as text, e.g. \"61.12\""),
                BrokenConfiguration.of("missing required field", "catalogue/KEC-SKTM.yaml",
                        "    timeLimit: 1 hari kerja\n", "", "standards[0].timeLimit", "schema.required",
                        "Tambahkan 'timeLimit:'", "Add 'timeLimit:'").anchoredAt("  - version: 1"),
                BrokenConfiguration.of("unknown field with did-you-mean", "catalogue/ADM-KK.yaml",
                        "    staffing:", "    stafing:", "standards[0].stafing", "schema.unknown-field",
                        "mungkin maksud Anda 'staffing'", "perhaps you meant 'staffing'"),
                BrokenConfiguration.of("value outside the allowed choices, with did-you-mean", "agencies.yaml",
                        "    kind: kecamatan\n", "    kind: kecamatn\n", "agencies[5].kind", "schema.enum",
                        "Mungkin maksud Anda 'kecamatan'", "Perhaps you meant 'kecamatan'"),
                BrokenConfiguration.of("wrong schemaVersion", "regency.yaml",
                        "schemaVersion: 1", "schemaVersion: 2", "schemaVersion", "schema.version",
                        "Tulis schemaVersion: 1", "Write schemaVersion: 1"),
                BrokenConfiguration.of("bad date format", "catalogue/ADM-AKTA-MATI.yaml",
                        "effectiveFrom: 2025-01-01", "effectiveFrom: 01-01-2025", "standards[0].effectiveFrom",
                        "schema.format.date", "bentuk TTTT-BB-HH", "as YYYY-MM-DD"),
                BrokenConfiguration.of("date that does not exist", "catalogue/ADM-AKTA-MATI.yaml",
                        "signedOn: 2024-12-20", "signedOn: 2024-02-30", "standards[0].pledge.signedOn",
                        "schema.format.date", "tanggal yang ada di bulan itu", "a day that exists in that month"),
                BrokenConfiguration.of("end date before start date", "catalogue/PRZ-NIB.yaml",
                        "    effectiveFrom: 2025-01-01\n", "    effectiveFrom: 2025-01-01\n    effectiveUntil: 2024-12-31\n",
                        "standards[0]", "catalogue.invalid", "Perbaiki nilai", "Correct the value")
                        .anchoredAt("  - version: 1"),
                BrokenConfiguration.of("unknown region code, nearest suggested", "agencies.yaml",
                        "    homeRegion: \"61.12.05\"", "    homeRegion: \"61.12.95\"", "agencies[9].homeRegion",
                        "region.unknown", "kode terdekat: 61.12.05 (Batu Ampar)", "nearest code: 61.12.05 (Batu Ampar)"),
                BrokenConfiguration.of("region of the wrong level", "regency.yaml",
                        "  region: \"61.12\"", "  region: \"61.12.01\"", "node.region", "region.level.regency",
                        "kode kabupaten/kota dua tingkat", "two-level regency code"),
                BrokenConfiguration.of("unknown parent agency, with did-you-mean", "agencies.yaml",
                        "    parent: 61.06-bupati\n", "    parent: 61.06-bupaty\n", "agencies[15].parent",
                        "agency.parent.unknown", "mungkin maksud Anda 61.06-bupati", "perhaps you meant 61.06-bupati"),
                BrokenConfiguration.of("agency that is its own parent", "agencies.yaml",
                        "    parent: 61.12-bupati\n    servicePoint: true\n  - id: 61.12-dpmptsp",
                        "    parent: 61.12-disdukcapil\n    servicePoint: true\n  - id: 61.12-dpmptsp",
                        "agencies[1].parent", "agency.own-parent", "Tulis id instansi lain", "Write another agency's id")
                        .anchoredAt("    parent: 61.12-disdukcapil"),
                BrokenConfiguration.of("duplicate agency id", "agencies.yaml",
                        "  - id: 61.12-dpmptsp\n    name: \"Dinas Penanaman", "  - id: 61.12-disdukcapil\n    name: \"Dinas Penanaman",
                        "agencies[2].id", "agency.duplicate",
                        "Setiap instansi ditulis sekali", "Each agency is written once"),
                BrokenConfiguration.of("agency id not starting with its home region", "agencies.yaml",
                        "  - id: 61.12-mpp\n", "  - id: 61.21-mpp\n", "agencies[3].id", "agency.id-prefix",
                        "Awali id dengan 61.12-", "Start the id with 61.12-"),
                BrokenConfiguration.of("time limit in a shape that cannot be read", "catalogue/KEC-REKOM.yaml",
                        "timeLimit: 3 hari kerja", "timeLimit: tiga hari", "standards[0].timeLimit", "schema.pattern",
                        "\"1 hari kerja\"", "\"1 working day\""),
                BrokenConfiguration.of("list field without values", "catalogue/KEC-SKTM.yaml",
                        "          type: single-value-list\n", "          type: string\n", "standards[0]",
                        "catalogue.invalid", "Perbaiki nilai", "Correct the value").anchoredAt("  - version: 1"),
                BrokenConfiguration.of("service kept in a file of another name", "catalogue/POL-SKTLK.yaml",
                        "  code: POL-SKTLK", "  code: POL-SKTLK-BARU", "service.code", "catalogue.file-name",
                        "catalogue/POL-SKTLK-BARU.yaml", "catalogue/POL-SKTLK-BARU.yaml"),
                BrokenConfiguration.of("misspelt file name", "agreement.yaml", "", "schemaVersion: 1\nagreements: []\n",
                        "", "file.unknown", "mungkin maksud Anda agreements.yaml", "perhaps you meant agreements.yaml"),
                BrokenConfiguration.of("required file missing", "authorities.yaml", "", "", "", "file.missing",
                        "Buat berkas authorities.yaml", "Create authorities.yaml"),
                BrokenConfiguration.of("unknown service code in an authority, with did-you-mean", "authorities.yaml",
                        "    services: [PRZ-PBG, PRZ-NIB]", "    services: [PRZ-PBG, PRZ-NIBB]",
                        "authorities[1].services[1]", "authority.config.unknown-service",
                        "mungkin maksud Anda: PRZ-NIB", "perhaps you meant: PRZ-NIB"),
                BrokenConfiguration.of("unknown agency as authority holder, with did-you-mean", "authorities.yaml",
                        "    holder: 61.12-polres", "    holder: 61.12-polress", "authorities[2].holder",
                        "authority.config.unknown-agency", "mungkin maksud Anda: 61.12-polres",
                        "perhaps you meant: 61.12-polres"),
                BrokenConfiguration.of("authority territory not in the region dataset", "authorities.yaml",
                        "    services: [PRZ-PBG, PRZ-NIB]\n    territory: [\"61.12\"]",
                        "    services: [PRZ-PBG, PRZ-NIB]\n    territory: [\"61.99\"]", "authorities[1].territory[0]",
                        "authority.config.unknown-region", "data wilayah Kemendagri", "Kemendagri region data")
                        .anchoredAt("    territory: [\"61.99\"]"),
                BrokenConfiguration.of("delegation beyond the delegator's territory", "delegations.yaml",
                        "      - \"61.12.09\"  # Sungai Kakap\n    instrument", "      - \"61.06.09\"  # Selimbau\n    instrument",
                        "delegations[0].toCamatOf[4]", "authority.config.delegation-outside-territory",
                        "Hapus kecamatan ini dari pelimpahan", "Remove this kecamatan from delegation")
                        .anchoredAt("      - \"61.06.09\""),
                BrokenConfiguration.of("delegation of a service the delegator holds no authority for", "delegations.yaml",
                        "    services: [KEC-SK-DOMISILI, KEC-SKTM, KEC-REKOM]\n    toCamatOf:\n      - \"61.12.01\"",
                        "    services: [KEC-SK-DOMISILI, KEC-SKTM, PRZ-PBG]\n    toCamatOf:\n      - \"61.12.01\"",
                        "delegations[0].services[2]", "authority.config.delegation-exceeds-authority",
                        "tambahkan kewenangan pemberi pelimpahan", "add the delegator's authority")
                        .anchoredAt("    services: [KEC-SK-DOMISILI, KEC-SKTM, PRZ-PBG]"),
                BrokenConfiguration.of("ambiguous delegations", "delegations.yaml",
                        "    services: [KEC-SK-DOMISILI, KEC-SKTM, KEC-REKOM]\n    toCamatOf:\n      - \"61.12.01\"",
                        "    services: [KEC-SK-DOMISILI, KEC-SKTM, KEC-REKOM, KEC-PBG-KECIL]\n    toCamatOf:\n      - \"61.12.01\"",
                        "delegations[1].id", "authority.config.ambiguous-delegations",
                        "Buat syarat kedua pelimpahan saling meniadakan", "Make the two delegations' conditions exclusive")
                        .anchoredAt("  - id: kubu-raya-pbg-kecil"),
                BrokenConfiguration.of("condition on an attribute the form does not have", "delegations.yaml",
                        "    conditions: [\"luas_bangunan <= 100\"]\n    toCamatOf:\n      - \"61.06.01\"",
                        "    conditions: [\"luas_tanah <= 100\"]\n    toCamatOf:\n      - \"61.06.01\"",
                        "delegations[4].conditions[0]", "authority.config.condition-attribute",
                        "Gunakan kode isian formulir layanan itu", "Use a field code of that service's form")
                        .anchoredAt("    conditions: [\"luas_tanah <= 100\"]"),
                BrokenConfiguration.of("condition that cannot be read", "delegations.yaml",
                        "[\"luas_bangunan <= 100\"]", "[\"luas_bangunan kurang dari 100\"]",
                        "delegations[1].conditions[0]", "schema.pattern", "\"luas_bangunan <= 100\"",
                        "\"luas_bangunan <= 100\""),
                BrokenConfiguration.of("delegation ending before it starts", "delegations.yaml",
                        "    effectiveFrom: 2025-07-01\n  - id: kapuas-hulu-pbg-kecil-2025",
                        "    effectiveFrom: 2025-07-01\n    effectiveUntil: 2025-06-30\n  - id: kapuas-hulu-pbg-kecil-2025",
                        "delegations[3].effectiveUntil", "authority.config.dates-out-of-order",
                        "supaya berurutan", "so they are in order").anchoredAt("    effectiveUntil: 2025-06-30"),
                BrokenConfiguration.of("duplicate delegation id", "delegations.yaml",
                        "  - id: kapuas-hulu-paten-2025", "  - id: kapuas-hulu-paten-2023", "delegations[3].id",
                        "entry.duplicate", "Beri setiap entri pengenal sendiri", "Give every entry its own identifier")
                        .anchoredAt("  - id: kapuas-hulu-paten-2023\n    delegator: 61.06-bupati\n    services: [KEC-SK-DOMISILI, KEC-SKTM, KEC-REKOM]"),
                BrokenConfiguration.of("kecamatan without an office in agencies.yaml", "delegations.yaml",
                        "      - \"61.06.10\"  # Semitau", "      - \"61.06.99\"  # Semitau",
                        "delegations[3].toCamatOf[3]", "region.unknown", "61.06.09", "61.06.09"),
                BrokenConfiguration.of("delegation naming no receiver", "delegations.yaml",
                        "    toCamatOf:\n      - \"61.12.01\"  # Sungai Raya\n      - \"61.12.03\"  # Sungai Ambawang\n      - \"61.12.05\"",
                        "    kecamatan:\n      - \"61.12.01\"  # Sungai Raya\n      - \"61.12.03\"  # Sungai Ambawang\n      - \"61.12.05\"",
                        "delegations[0]", "delegation.target", "delegate: <id instansi> dengan kecamatan",
                        "delegate: <agency id> with kecamatan").anchoredAt("  - id: kubu-raya-paten"),
                BrokenConfiguration.of("agreement party not in the region dataset", "agreements.yaml",
                        "      - region: \"61.01\"", "      - region: \"61.91\"", "agreements[1].parties[1].region",
                        "authority.config.unknown-region", "data wilayah Kemendagri", "Kemendagri region data"),
                BrokenConfiguration.of("agreement party that is a kecamatan, not a regency", "agreements.yaml",
                        "      - region: \"62.03\"", "      - region: \"62.03.01\"", "agreements[2].parties[0].region",
                        "authority.config.wrong-region-level", "kabupaten/kota \"PP.KK\"", "regency \"PP.KK\""),
                BrokenConfiguration.of("agreement scope naming an unknown service", "agreements.yaml",
                        "        accepts: [ADM-KTP-HILANG, ADM-KK]\n        sharedFields: [nik, alasan]\n      - region: \"61.01\"",
                        "        accepts: [ADM-KTP-HILANG, ADM-KKK]\n        sharedFields: [nik, alasan]\n      - region: \"61.01\"",
                        "agreements[1].parties[0].accepts[1]", "authority.config.unknown-service",
                        "mungkin maksud Anda: ADM-KK", "perhaps you meant: ADM-KK")
                        .anchoredAt("        accepts: [ADM-KTP-HILANG, ADM-KKK]"),
                BrokenConfiguration.of("agreement of unknown kind", "agreements.yaml",
                        "    kind: wajib", "    kind: wajip", "agreements[3].kind", "schema.enum",
                        "Mungkin maksud Anda 'wajib'", "Perhaps you meant 'wajib'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void check_configurationWithOneMistake_exitsOneAndPointsAtFileLineFieldAndFix(BrokenConfiguration broken) {
        Path config = broken.writeInto(folder);
        int line = broken.expectedLine(config);

        CheckResult result = ConfigurationLoader.official().check(config);
        assertThat(result.problems()).as(result.report(Locale.ENGLISH)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(broken.file());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.field()).isEqualTo(broken.field());
            assertThat(p.code()).isEqualTo(broken.code());
        });

        String location = broken.file() + (line > 0 ? ":" + line : "");
        CheckRun indonesian = CheckRun.of(config.toString());
        assertThat(indonesian.exit()).isEqualTo(1);
        assertThat(indonesian.out()).isEmpty();
        assertThat(indonesian.err()).contains("bermasalah", location, broken.field(), "Perbaikan: ", broken.fixId());

        CheckRun english = CheckRun.of("--lang", "en", config.toString());
        assertThat(english.exit()).isEqualTo(1);
        assertThat(english.err()).contains("has problems", location, broken.field(), "Fix: ", broken.fixEn());
    }
}
