package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.authority.Decision;
import id.simpul.sdk.authority.ResolutionQuery;
import id.simpul.sdk.catalogue.FormData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationLoaderTest {

    @TempDir
    Path folder;

    @Test
    void load_demo_givesAResolverOverItsRules() {
        RegencyConfiguration config = ConfigurationLoader.official().loadDemo();

        var resolution = config.resolver().resolve(ResolutionQuery.builder().service("KEC-PBG-KECIL")
                .subject("61.12.09").filedAt("61.12.09-kecamatan").on(LocalDate.of(2026, 3, 2))
                .attributes(FormData.builder().put("luas_bangunan", "64").build()).build());

        assertThat(resolution).isInstanceOfSatisfying(Decision.class, d -> {
            assertThat(d.competentOffice().id().value()).isEqualTo("61.12.09-kecamatan");
            assertThat(d.delegation()).hasValueSatisfying(link ->
                    assertThat(link.instrumentId()).isEqualTo("kubu-raya-pbg-kecil.61.12.09"));
        });
        assertThat(config.authorities().report().isClean()).isTrue();
    }

    @Test
    void load_explicitDelegateAndKecamatan_delegatesToThatOffice() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        Files.writeString(config.resolve("delegations.yaml"), Files.readString(config.resolve("delegations.yaml"))
                + """
                  - id: kubu-raya-rekom-mpp
                    delegator: 61.12-bupati
                    delegate: 61.12-mpp
                    kecamatan: ["61.12.02", "61.12.04"]
                    services: [KEC-REKOM]
                    instrument: {instrument: "Peraturan Bupati Kubu Raya Nomor 18 Tahun 2025 (contoh demo)"}
                    effectiveFrom: 2025-03-01
                """);

        RegencyConfiguration loaded = ConfigurationLoader.official().load(config);

        var resolution = loaded.resolver().resolve(ResolutionQuery.builder().service("KEC-REKOM").subject("61.12.04")
                .filedAt("61.12-mpp").on(LocalDate.of(2026, 3, 2)).build());
        assertThat(resolution).isInstanceOfSatisfying(Decision.class,
                d -> assertThat(d.competentOffice().id().value()).isEqualTo("61.12-mpp"));
    }

    @Test
    void load_brokenFolder_throwsListingEveryError() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        Files.writeString(config.resolve("regency.yaml"),
                Files.readString(config.resolve("regency.yaml")).replace("schemaVersion: 1", "schemaVersion: 9"));
        Files.delete(config.resolve("authorities.yaml"));

        assertThatThrownBy(() -> ConfigurationLoader.official().load(config))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigProblem::code)
                            .containsExactlyInAnyOrder("file.missing", "schema.version");
                    assertThat(e.code()).isEqualTo("config.invalid");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("has 2 problems");
                    assertThat(e.getMessage()).contains("memiliki 2 masalah");
                });
    }

    @Test
    void check_warningsOnly_leaveTheConfigurationUsable() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        Files.writeString(config.resolve("agreements.yaml"), Files.readString(config.resolve("agreements.yaml"))
                .replace("signed: 2025-05-12", "signed: 2025-07-12"));

        CheckResult result = ConfigurationLoader.official().check(config);

        assertThat(result.isClean()).isTrue();
        assertThat(result.warnings()).extracting(ConfigProblem::field).containsExactly("agreements[2].signed");
        assertThat(result.report(Locale.ENGLISH)).contains("no error (1 warning)", "[warning]");
        assertThat(CheckRun.of(config.toString()).exit()).isZero();
    }
}
