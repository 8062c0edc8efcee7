package id.simpul.sdk.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.region.RegionCode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicantRefTest {

    private static final byte[] KEY = "0123456789abcdef-node-secret".getBytes(StandardCharsets.UTF_8);

    @Test
    void aRawNik_isRefusedAsApplicantReference() {
        assertThatThrownBy(() -> ApplicantRef.of("6112010101900001")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("NIK").hasMessageNotContaining("6112010101900001");
        assertThatThrownBy(() -> ApplicantRef.of("nik-6112010101900001")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void pseudonym_isStablePerKey_andDiffersAcrossKeys_andHidesTheNik() {
        ApplicantRef a = ApplicantRef.pseudonymOf("6112010101900001", KEY);
        assertThat(a).isEqualTo(ApplicantRef.pseudonymOf("6112010101900001", KEY));
        assertThat(a).isNotEqualTo(ApplicantRef.pseudonymOf("6112010101900002", KEY));
        assertThat(a).isNotEqualTo(ApplicantRef.pseudonymOf("6112010101900001",
                "another-node-secret-key".getBytes(StandardCharsets.UTF_8)));
        assertThat(a.value()).matches("p2:[0-9a-f]{8}(-[0-9a-f]{8}){3}").doesNotContain("6112010101900001");
    }

    @Test
    void pseudonym_ofAnyIdentifier_isAValidReference() {
        // ungrouped hex has sixteen digits in a row for about one identifier in a hundred, which the
        // NIK-like rule would refuse: every one of these must come out as a reference
        for (int i = 0; i < 20_000; i++) {
            String identifier = String.format("6112%012d", i * 7_919L);
            assertThat(ApplicantRef.pseudonymOf(identifier, KEY).value()).startsWith("p2:");
        }
    }

    @Test
    void pseudonym_withAShortKey_isRefused() {
        assertThatThrownBy(() -> ApplicantRef.pseudonymOf("x", new byte[8])).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void toString_showsOnlyTheLastFourCharacters() {
        assertThat(ApplicantRef.of("warga-000042").toString()).isEqualTo("ApplicantRef[\u20260042]");
        assertThat(Actor.officer("198001012005011001").toString()).doesNotContain("19800101");
    }

    @Test
    void pseudonymOfANik_equalsThePseudonymOfItsDigits() {
        Nik nik = Nik.of(RegionCode.parse("61.12.01"), Gender.FEMALE, LocalDate.of(1990, 1, 1), 1);
        assertThat(ApplicantRef.pseudonymOf(nik, KEY)).isEqualTo(ApplicantRef.pseudonymOf(nik.value(), KEY));
    }
}
