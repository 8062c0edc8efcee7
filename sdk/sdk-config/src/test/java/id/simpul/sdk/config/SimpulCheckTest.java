package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimpulCheckTest {

    @TempDir
    Path folder;

    @Test
    void check_schemaAndEngineMistakesInDifferentFiles_areReportedTogether() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        replace(config.resolve("agreements.yaml"), "signed: 2025-01-20", "signed: 20-01-2025");
        replace(config.resolve("delegations.yaml"), "    services: [KEC-PBG-KECIL]\n    conditions: [\"luas_bangunan <= 100\"]\n    toCamatOf:\n      - \"61.12.01\"",
                "    services: [KEC-PBG-KECIL]\n    conditions: [\"luas_tanah <= 100\"]\n    toCamatOf:\n      - \"61.12.01\"");

        CheckResult result = ConfigurationLoader.official().check(config);

        assertThat(result.errors()).extracting(ConfigProblem::file, ConfigProblem::code).contains(
                org.assertj.core.groups.Tuple.tuple("agreements.yaml", "schema.format.date"),
                org.assertj.core.groups.Tuple.tuple("delegations.yaml", "authority.config.condition-attribute"));
        assertThat(CheckRun.of(config.toString()).exit()).isEqualTo(1);
    }

    @Test
    void check_everyMistakeOfAFile_isReportedNotTheFirstOnly() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        replace(config.resolve("catalogue/POL-SKCK.yaml"), "amount: 30000", "amount: -5");
        replace(config.resolve("catalogue/POL-SKCK.yaml"), "timeLimit: 1 hari kerja", "timeLimit: besok");
        replace(config.resolve("catalogue/POL-SKCK.yaml"), "category: kepolisian", "category: polisi");

        CheckResult result = ConfigurationLoader.official().check(config);

        assertThat(result.errors()).extracting(ConfigProblem::field).containsExactly(
                "service.category", "standards[0].timeLimit", "standards[0].fee.amount");
        assertThat(result.configuration()).isEmpty();
    }

    @Test
    void check_hiddenFolders_areNotRead() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        Files.createDirectories(config.resolve(".github/workflows"));
        Files.writeString(config.resolve(".github/workflows/build.yaml"), "on: [push]\n");

        assertThat(ConfigurationLoader.official().check(config).problems()).isEmpty();
    }

    @Test
    void init_writesTheDemoIntoANewFolder_whichThenChecksClean() {
        Path target = folder.resolve("kabupaten-baru");

        CheckRun init = CheckRun.of("--lang", "en", "--init", target.toString());

        assertThat(init.exit()).isZero();
        assertThat(init.out()).contains("Demo configuration written to", "(contoh demo)");
        assertThat(target.resolve("catalogue/ADM-KK.yaml")).isRegularFile();
        assertThat(CheckRun.of(target.toString()).exit()).isZero();
    }

    @Test
    void init_intoAFolderThatIsNotEmpty_refusesAndWritesNothing() throws IOException {
        Files.writeString(folder.resolve("notes.txt"), "keep me");

        CheckRun init = CheckRun.of("--init", folder.toString());

        assertThat(init.exit()).isEqualTo(2);
        assertThat(init.err()).contains("tidak kosong");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("notes.txt"));
        }
    }

    @Test
    void check_filesSavedWithByteOrderMarkAndWindowsLineEnds_areRead() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        Path regency = config.resolve("regency.yaml");
        Files.writeString(regency, "\uFEFF" + Files.readString(regency).replace("\n", "\r\n"));

        assertThat(ConfigurationLoader.official().check(config).problems()).isEmpty();
    }

    @Test
    void check_fileThatIsNotUtf8_isReportedAsUnreadable() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        Files.write(config.resolve("regency.yaml"), new byte[] {'a', ':', ' ', (byte) 0xC3, (byte) 0x28});

        CheckResult result = ConfigurationLoader.official().check(config);

        assertThat(result.errors()).extracting(ConfigProblem::file, ConfigProblem::code)
                .contains(org.assertj.core.groups.Tuple.tuple("regency.yaml", "file.unreadable"));
    }

    @Test
    void check_noFolderGiven_isAUsageErrorWithExitTwo() {
        CheckRun run = CheckRun.of();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Sebutkan folder konfigurasi", "Penggunaan:");
    }

    @Test
    void check_folderThatDoesNotExist_isAUsageErrorWithExitTwo() {
        CheckRun run = CheckRun.of("--lang", "en", folder.resolve("missing").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist", "Usage:");
    }

    @Test
    void check_unknownLanguage_isAUsageErrorNamingTheChoices() {
        CheckRun run = CheckRun.of("--lang", "fr", "--demo");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang id", "--lang en");
    }

    @Test
    void check_emptyFolder_exitsOneNamingTheMissingFiles() {
        CheckRun run = CheckRun.of("--lang", "en", folder.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("is empty or does not exist");
    }

    @Test
    void check_help_printsUsageInTheChosenLanguageWithExitZero() {
        CheckRun run = CheckRun.of("--help", "--lang=en");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage:", "--explain SERVICE REGION FILING-AGENCY", "Exit status: 0 clean");
    }

    @Test
    void report_ofAProblem_isWrittenInTheLanguageAsked() throws IOException {
        Path config = CheckRun.copyOfDemo(folder);
        replace(config.resolve("regency.yaml"), "schemaVersion: 1", "schemaVersion: 3");

        CheckResult result = ConfigurationLoader.official().check(config);

        assertThat(result.report(Locale.forLanguageTag("id"))).contains("regency.yaml:3:16  schemaVersion",
                "schemaVersion 3 tidak dikenal oleh versi Simpul ini.", "Perbaikan: Tulis schemaVersion: 1");
        assertThat(result.report(Locale.ENGLISH)).contains("regency.yaml:3:16  schemaVersion",
                "schemaVersion 3 is not known to this version of Simpul.", "Fix: Write schemaVersion: 1");
    }

    private static void replace(Path file, String find, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).contains(find);
        Files.writeString(file, text.replace(find, replacement));
    }
}
