package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.agency.AgencyId;
import id.simpul.sdk.agency.AgencyKind;
import id.simpul.sdk.catalogue.ServiceCode;
import id.simpul.sdk.catalogue.StandardComponent;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.region.RegionLevel;
import id.simpul.sdk.region.RegionRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoConfigurationTest {

    private static final Path DEMO_SOURCES = Path.of("src/main/resources", DemoConfiguration.FOLDER);

    @Test
    void demo_checksClean_withExitZero() {
        CheckRun run = CheckRun.of("--demo");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("bersih");
    }

    @Test
    void demoCopiedToAFolder_checksClean() {
        CheckResult result = ConfigurationLoader.official().check(DEMO_SOURCES);

        assertThat(result.problems()).isEmpty();
    }

    @Test
    void demoIndex_listsExactlyTheFilesOfTheDemoFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> walk = Files.walk(DEMO_SOURCES)) {
            onDisk = walk.filter(Files::isRegularFile).map(p -> DEMO_SOURCES.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.equals("index.txt")).sorted().toList();
        }
        assertThat(DemoConfiguration.source().files()).containsExactlyElementsOf(onDisk);
    }

    @Test
    void demo_hasEveryKecamatanOfItsRegenciesWithRealCodes() {
        RegencyConfiguration config = ConfigurationLoader.official().loadDemo();
        RegionRegistry regions = RegionRegistry.official();

        for (String regency : List.of("61.12", "61.06", "61.01", "62.03", "36.71", "36.74")) {
            regions.children(regency).forEach(district -> assertThat(
                    config.agency(AgencyId.of(district.code().value() + "-kecamatan")))
                    .hasValueSatisfying(a -> {
                        assertThat(a.kind()).isEqualTo(AgencyKind.DISTRICT_OFFICE);
                        assertThat(a.name()).isEqualTo("Kecamatan " + district.name());
                    }));
        }
        assertThat(config.node()).isEqualTo(RegionCode.parse("61.12"));
        assertThat(config.regencies()).allMatch(r -> r.level() == RegionLevel.REGENCY).hasSize(6);
    }

    @Test
    void demoCatalogue_holdsTheSeedServicesWithAllFourteenComponents() {
        RegencyConfiguration config = ConfigurationLoader.official().loadDemo();

        assertThat(config.catalogue().serviceTypes()).extracting(t -> t.code().value()).containsExactly(
                "ADM-AKTA-LAHIR", "ADM-AKTA-MATI", "ADM-KK", "ADM-KTP-HILANG", "ADM-PINDAH", "KEC-PBG-KECIL",
                "KEC-REKOM", "KEC-SK-DOMISILI", "KEC-SKTM", "POL-SKCK", "POL-SKTLK", "PRZ-NIB", "PRZ-PBG");
        config.catalogue().standards().forEach(s -> {
            assertThat(s.missingComponents()).as(s.code().value()).isEmpty();
            assertThat(s.pledge()).isPresent();
        });
        var skck = config.catalogue().requireInForce(ServiceCode.of("POL-SKCK"), LocalDate.of(2026, 3, 2));
        assertThat(skck.fee().describe(Locale.ENGLISH)).isEqualTo("Rp30.000 (non-tax state revenue)");
        assertThat(skck.product().validity()).hasValue(java.time.Period.ofMonths(6));
        var ktp = config.catalogue().requireInForce(ServiceCode.of("ADM-KTP-HILANG"), LocalDate.of(2026, 3, 2));
        assertThat(ktp.document("sktlk")).hasValueSatisfying(d -> assertThat(d.validity()).hasValue(java.time.Period.ofDays(14)));
        assertThat(ktp.describe(StandardComponent.TIME_LIMIT, Locale.ENGLISH)).isEqualTo("1 working day");
    }
}
