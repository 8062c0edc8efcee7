package id.simpul.sdk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.identity.Gender;
import id.simpul.sdk.identity.Nik;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.SlaEffect;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.population.FieldVerdict;
import id.simpul.sdk.spi.population.PersonField;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.spi.population.VerificationResult;
import id.simpul.sdk.spi.population.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SpiValuesTest {

    private static final Nik NIK = Nik.of(RegionCode.parse("61.12.01"), Gender.FEMALE, LocalDate.of(1990, 4, 2), 17);

    @Test
    void verificationRequest_toString_namesFieldsButNoValues() {
        VerificationRequest request = VerificationRequest.builder(NIK).fullName("  Siti   Aminah ")
                .birthPlace("Sungai Raya").threshold(90).build();

        assertThat(request.fullName()).contains("Siti Aminah");
        assertThat(request.toString()).contains("FULL_NAME", "BIRTH_PLACE", "90")
                .doesNotContain("Siti", "Sungai", NIK.value());
    }

    @Test
    void verificationRequest_withoutElementsOrWithABadThreshold_isRefused() {
        assertThatThrownBy(() -> VerificationRequest.builder(NIK).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VerificationRequest.builder(NIK).gender(Gender.MALE).threshold(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verificationResult_allMatch_onlyWhenFoundAndEveryFieldMatches() {
        VerificationResult mixed = VerificationResult.found(80, List.of(
                FieldVerdict.scored(PersonField.FULL_NAME, Verdict.MATCH, 97),
                FieldVerdict.exact(PersonField.GENDER, Verdict.MISMATCH)));

        assertThat(mixed.allMatch()).isFalse();
        assertThat(mixed.verdict(PersonField.FULL_NAME).orElseThrow().score()).hasValue(97);
        assertThat(VerificationResult.notFound(80).allMatch()).isFalse();
        assertThatThrownBy(() -> FieldVerdict.scored(PersonField.FULL_NAME, Verdict.MATCH, 101))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void licenceStatusCodes_knowTheirSlaEffects() {
        assertThat(LicenceStatusCode.fromCode("41")).contains(LicenceStatusCode.SLA_STOPPED);
        assertThat(LicenceStatusCode.SLA_STOPPED.slaEffect()).isEqualTo(SlaEffect.PAUSE);
        assertThat(LicenceStatusCode.SLA_RESUMED.slaEffect()).isEqualTo(SlaEffect.RESUME);
        assertThat(LicenceStatusCode.SLA_RESET.slaEffect()).isEqualTo(SlaEffect.RESET);
        assertThat(LicenceStatusCode.SLA_RESTARTED.slaEffect()).isEqualTo(SlaEffect.RESTART);
        assertThat(LicenceStatusCode.fromCode("57").orElseThrow().deemedApproved()).isTrue();
        assertThat(LicenceStatusCode.fromCode("99")).isEmpty();
    }

    @Test
    void nib_isThirteenDigits() {
        assertThat(Nib.parse("9120 1012 34567").value()).isEqualTo("9120101234567");
        assertThatThrownBy(() -> Nib.parse("912010123456")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readOperations_areMarkedSafeToRepeat_andPushesAreNot() throws NoSuchMethodException {
        for (Class<?> port : List.of(PopulationRegistry.class, PoliceReports.class)) {
            for (Method m : port.getDeclaredMethods()) {
                assertThat(m.isAnnotationPresent(SafeToRepeat.class)).as(m.toString()).isTrue();
            }
        }
        Class<?> gateway = id.simpul.sdk.spi.licensing.LicensingGateway.class;
        assertThat(gateway.getMethod("pushLicenceStatus", id.simpul.sdk.spi.licensing.LicenceStatusUpdate.class)
                .isAnnotationPresent(SafeToRepeat.class)).isFalse();
    }

    @Test
    void spiBundles_haveTheSameKeysInBothLanguages() throws IOException {
        Properties id = load("/id/simpul/sdk/spi/messages.properties");
        Properties en = load("/id/simpul/sdk/spi/messages_en.properties");
        assertThat(id.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
    }

    @ParameterizedTest
    @EnumSource(RemoteFailure.class)
    void everyRemoteFailure_rendersInBothLanguages_namingSystemAndOperation(RemoteFailure kind) {
        AdapterDescriptor d = AdapterDescriptor.of(PoliceReports.class, "polri", "Polri (SOAP)", "1");
        RemoteCallException e = RemoteCallException.of(d, "verifyLostReport", kind, "HTTP 503", null);

        assertThat(e.retryable()).isEqualTo(kind.retryable());
        assertThat(e.system()).isEqualTo("polri");
        for (Locale locale : List.of(LocalizedMessage.INDONESIAN, Locale.ENGLISH)) {
            assertThat(e.getMessage(locale)).contains("Polri (SOAP)", "verifyLostReport", "HTTP 503")
                    .doesNotStartWith("remote.").doesNotContain("{");
        }
        assertThat(e.getMessage(LocalizedMessage.INDONESIAN)).isNotEqualTo(e.getMessage(Locale.ENGLISH));
    }

    @ParameterizedTest
    @EnumSource(SettingForm.class)
    void everySettingForm_rendersInBothLanguages_namingTheKey(SettingForm form) {
        AdapterConfigurationException e = AdapterConfigurationException.invalid("simpul.adapters.x.y", form, "1", "9");

        assertThat(e.code()).isEqualTo(form.messageKey());
        for (Locale locale : List.of(LocalizedMessage.INDONESIAN, Locale.ENGLISH)) {
            assertThat(e.getMessage(locale)).contains("simpul.adapters.x.y").doesNotStartWith("adapter.")
                    .doesNotContain("{");
        }
        assertThat(e.getMessage(LocalizedMessage.INDONESIAN)).isNotEqualTo(e.getMessage(Locale.ENGLISH));
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SpiValuesTest.class.getResourceAsStream(path)) {
            p.load(in);
        }
        return p;
    }
}
