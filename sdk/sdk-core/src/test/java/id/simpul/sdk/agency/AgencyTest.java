package id.simpul.sdk.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.simpul.sdk.region.RegionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyTest {

    private static Agency disdukcapil() {
        return Agency.builder().id("61.12-disdukcapil").name(" Dinas Kependudukan dan Pencatatan Sipil ")
                .nameEn("Population and Civil Registration Office").kind(AgencyKind.REGIONAL_DEPARTMENT)
                .homeRegion("61.12").servicePoint(true).build();
    }

    @Test
    void agencyId_isARegionCodeADashAndALowerCaseSlug() {
        assertThat(AgencyId.of("61.12-disdukcapil").value()).isEqualTo("61.12-disdukcapil");
        assertThat(AgencyId.of("61.12.01-kecamatan")).isEqualTo(AgencyId.of("61.12.01-kecamatan"));
        assertThat(AgencyId.isWellFormed("61-polda-kalbar")).isTrue();
        for (String bad : List.of("disdukcapil", "61.12_disdukcapil", "61.12-Disdukcapil", "61.12-", "6112-x", "61.12-a--b")) {
            assertThat(AgencyId.isWellFormed(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> AgencyId.of(bad)).as(bad).isInstanceOf(InvalidAgencyException.class);
        }
    }

    @Test
    void agencyIds_sortByTheirText() {
        assertThat(AgencyId.of("61.06-polres")).isLessThan(AgencyId.of("61.12-disdukcapil"));
    }

    @Test
    void build_stripsTheName_andFallsBackToItWhenNoEnglishNameIsGiven() {
        Agency a = disdukcapil();
        assertThat(a.name()).isEqualTo("Dinas Kependudukan dan Pencatatan Sipil");
        assertThat(a.nameEn()).isEqualTo("Population and Civil Registration Office");
        assertThat(a.toBuilder().nameEn(" ").build().nameEn()).isEqualTo(a.name());
        assertThat(a.homeRegion()).isEqualTo(RegionCode.parse("61.12"));
        assertThat(a.isServicePoint()).isTrue();
        assertThat(a.parent()).isEmpty();
    }

    @Test
    void build_withoutNameKindOrRegion_isRefused() {
        assertThatThrownBy(() -> disdukcapil().toBuilder().name(" ").build()).isInstanceOf(InvalidAgencyException.class);
        assertThatThrownBy(() -> disdukcapil().toBuilder().kind(null).build()).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> disdukcapil().toBuilder().homeRegion((RegionCode) null).build())
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void build_agencyThatIsItsOwnParent_isRefused() {
        assertThatThrownBy(() -> disdukcapil().toBuilder().parent(AgencyId.of("61.12-disdukcapil")).build())
                .isInstanceOf(InvalidAgencyException.class).hasMessageContaining("induk dirinya sendiri");
    }

    @Test
    void equalAgencies_areEqual_andAnyDifference_makesThemUnequal() {
        assertThat(disdukcapil()).isEqualTo(disdukcapil()).hasSameHashCodeAs(disdukcapil());
        assertThat(disdukcapil().toBuilder().build()).isEqualTo(disdukcapil());
        assertThat(disdukcapil().toBuilder().servicePoint(false).build()).isNotEqualTo(disdukcapil());
        assertThat(disdukcapil().toBuilder().parent(AgencyId.of("61.12-setda")).build()).isNotEqualTo(disdukcapil());
        assertThat(disdukcapil().toString()).contains("61.12-disdukcapil", "opd");
    }

    @Test
    void agencyKind_readsConfigurationNames_andKnowsVerticalAgencies() {
        assertThat(AgencyKind.fromConfigName(" Kecamatan ")).contains(AgencyKind.DISTRICT_OFFICE);
        assertThat(AgencyKind.fromConfigName("police")).contains(AgencyKind.POLICE);
        assertThat(AgencyKind.fromConfigName("polri")).contains(AgencyKind.POLICE);
        assertThat(AgencyKind.fromConfigName("unknown")).isEmpty();
        assertThat(AgencyKind.fromConfigName(null)).isEmpty();
        assertThat(AgencyKind.POLICE.isVertical()).isTrue();
        assertThat(AgencyKind.LAND_OFFICE.isVertical()).isTrue();
        assertThat(AgencyKind.DISTRICT_OFFICE.isVertical()).isFalse();
        assertThat(AgencyKind.PUBLIC_SERVICE_MALL.configName()).isEqualTo("mpp");
    }

    @Test
    void invalidAgency_isAClientError_explainedInBothLanguages() {
        InvalidAgencyException e = catchThrowableOfType(() -> AgencyId.of("Disdukcapil Kubu Raya"),
                InvalidAgencyException.class);

        assertThat(e.code()).isEqualTo("agency.invalid");
        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).startsWith("Kode instansi \"Disdukcapil Kubu Raya\" tidak sah.");
        assertThat(e.getMessage(java.util.Locale.ENGLISH)).startsWith("Agency id \"Disdukcapil Kubu Raya\" is not valid.")
                .contains("61.12-disdukcapil");
        assertThat(catchThrowableOfType(() -> disdukcapil().toBuilder().name(null).build(),
                InvalidAgencyException.class).getMessage(java.util.Locale.ENGLISH))
                .isEqualTo("The agency's name must not be blank. Give the office's official name.");
    }
}
