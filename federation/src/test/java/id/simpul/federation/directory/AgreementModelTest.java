package id.simpul.federation.directory;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.federation.internal.JsonFields;
import id.simpul.sdk.authority.CooperationAgreement;
import id.simpul.sdk.config.ConfigurationLoader;
import id.simpul.sdk.region.RegionCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The directory publishes the same agreements the kewenangan model of each regency holds. */
class AgreementModelTest {

    private static final Set<RegionCode> DEMO_NODES = Set.of(RegionCode.parse("61.12"), RegionCode.parse("61.06"),
            RegionCode.parse("62.03"));

    @Test
    void demoAgreementsFile_equalsTheDemoConfigurationsAgreementsBetweenTheDemoNodes() throws Exception {
        List<CooperationAgreement> configured = ConfigurationLoader.official().loadDemo().authorities().agreements();
        List<DirectoryAgreement> fromModel = configured.stream()
                .filter(a -> a.parties().stream().allMatch(p -> DEMO_NODES.contains(p.region())))
                .map(DirectoryAgreement::of).toList();
        Map<String, Object> json = JsonFields.parseObject(Files.readString(Path.of("demo/agreements.json")), "agreements");
        List<DirectoryAgreement> shipped = JsonFields.of(json, "").objects("agreements").stream()
                .map(DirectoryAgreement::fromJson).toList();

        assertThat(fromModel).isNotEmpty();
        assertThat(shipped).containsExactlyInAnyOrderElementsOf(fromModel);
    }

    @Test
    void openEndedAgreement_staysInForceUntilTerminated() {
        DirectoryAgreement a = new DirectoryAgreement("pks-open", "Nomor 1 (contoh)", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-01"), null, LocalDate.parse("2030-01-01"),
                List.of(DirectoryParty.of("61.12", Set.of("ADM-KK"), Set.of()), DirectoryParty.of("61.06", Set.of(), Set.of())));

        assertThat(a.standingOn(LocalDate.parse("2029-12-31"))).isEqualTo(DirectoryAgreement.Standing.IN_FORCE);
        assertThat(a.standingOn(LocalDate.parse("2030-01-01"))).isEqualTo(DirectoryAgreement.Standing.TERMINATED);
        assertThat(DirectoryAgreement.fromJson(JsonFields.of(JsonFields.parseObject(JsonFields.write(a.toJson()), "a"), "")))
                .isEqualTo(a);
    }
}
