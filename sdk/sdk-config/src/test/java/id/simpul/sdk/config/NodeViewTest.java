package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.authority.Decision;
import id.simpul.sdk.authority.ResolutionQuery;
import id.simpul.sdk.region.RegionCode;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One configuration seen from each of the regencies it describes, as the federation demo runs it. */
class NodeViewTest {

    private static final RegencyConfiguration DEMO = ConfigurationLoader.official().loadDemo();

    @Test
    void asNode_describedRegency_becomesTheNodeWithItsNameAndTheOthersAsPartners() {
        RegencyConfiguration kapuasHulu = ConfigurationLoader.official().loadDemo(RegionCode.parse("61.06"));

        assertThat(kapuasHulu.node()).isEqualTo(RegionCode.parse("61.06"));
        assertThat(kapuasHulu.nodeName()).isEqualTo("Kabupaten Kapuas Hulu");
        assertThat(kapuasHulu.regencies()).first().isEqualTo(RegionCode.parse("61.06"));
        assertThat(kapuasHulu.regencies()).containsExactlyInAnyOrderElementsOf(DEMO.regencies());
        assertThat(kapuasHulu.agencies()).isEqualTo(DEMO.agencies());
    }

    @Test
    void asNode_sameRulesFromEveryNode_resolveTheSameOffice() {
        ResolutionQuery kapuasHuluResidentAtKubuRayaMpp = ResolutionQuery.builder().service("ADM-KTP-HILANG")
                .subject("61.06.01").filedAt("61.12-mpp").on(LocalDate.of(2026, 3, 2)).build();

        for (String node : new String[] {"61.12", "61.06", "62.03"}) {
            assertThat(DEMO.asNode(RegionCode.parse(node)).resolver().resolve(kapuasHuluResidentAtKubuRayaMpp))
                    .isInstanceOfSatisfying(Decision.class,
                            d -> assertThat(d.competentOffice().id().value()).isEqualTo("61.06-disdukcapil"));
        }
    }

    @Test
    void asNode_itsOwnNode_isTheSameConfiguration() {
        assertThat(DEMO.asNode(RegionCode.parse("61.12"))).isSameAs(DEMO);
    }

    @Test
    void asNode_regencyNotDescribed_isRefusedInBothLanguagesNamingTheChoices() {
        assertThatThrownBy(() -> DEMO.asNode(RegionCode.parse("61.03")))
                .isInstanceOfSatisfying(UnknownNodeException.class, e -> {
                    assertThat(e.node()).isEqualTo("61.03");
                    assertThat(e.code()).isEqualTo("config.node.unknown");
                    assertThat(e.getMessage(LocalizedMessage.INDONESIAN))
                            .contains("61.03").contains("tidak dijelaskan").contains("61.12, 61.06");
                    assertThat(e.getMessage(Locale.ENGLISH))
                            .contains("61.03").contains("not described").contains("regency.yaml");
                });
    }
}
