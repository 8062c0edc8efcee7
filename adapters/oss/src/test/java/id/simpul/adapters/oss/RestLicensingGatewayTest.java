package id.simpul.adapters.oss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.adapters.oss.internal.RestLicensingGateway;
import id.simpul.adapters.oss.simulator.Business;
import id.simpul.adapters.oss.simulator.OssSimulator;
import id.simpul.adapters.support.ResilientAdapter;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Adapters;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.licensing.FinalLicence;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.LicenceStatusUpdate;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibRecord;
import id.simpul.sdk.spi.licensing.PushReceipt;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RestLicensingGatewayTest {

    private static OssSimulator sim;
    private static LicensingGateway oss;

    @BeforeAll
    static void start() {
        sim = OssSimulator.builder().userKey("kunci-rahasia").start();
        oss = undecorated("kunci-rahasia");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void resetKnobs() {
        sim.reset();
    }

    static LicensingGateway undecorated(String key) {
        return new RestLicensingGateway(new OssAdapterProvider().descriptor(), OssSettings.from(settings(key)),
                Clock.systemUTC());
    }

    static AdapterSettings settings(String key) {
        return AdapterSettings.of(Map.of("simpul.adapters.oss.url", sim.endpoint().toString(),
                "simpul.adapters.oss.user-key", key, "simpul.adapters.oss.institution", "DPMPTSP-6112",
                "simpul.adapters.oss.region", "61.12", "simpul.adapters.oss.read-timeout", "3s"));
    }

    @Test
    void serviceLoader_findsTheOssAdapter_decoratedWithResilience() {
        LicensingGateway loaded = Adapters.load(LicensingGateway.class, settings("kunci-rahasia"));
        assertThat(loaded.descriptor().system()).isEqualTo("oss");
        assertThat(ResilientAdapter.healthOf(loaded)).isPresent();
    }

    @Test
    void inquireNib_known_isTranslatedWithChecklist() {
        Business b = sim.records().find(x -> x.checklist().size() > 1).orElseThrow();
        NibRecord record = oss.inquireNib(Nib.parse(b.nib())).orElseThrow();
        assertThat(record.companyName()).isEqualTo(b.name());
        assertThat(record.region()).isEqualTo(b.village());
        assertThat(record.licences()).extracting(l -> l.licenceId())
                .containsExactlyElementsOf(b.checklist().stream().map(Business.Licence::licenceId).toList());
        assertThat(record.licences().get(0).status()).isPresent();
    }

    @Test
    void checkLicenceStatus_blankLicenceId_isRefusedInBothLanguages_beforeAnyRequest() {
        long before = sim.requestCount();
        assertThatThrownBy(() -> oss.checkLicenceStatus(Nib.parse("0000000000001"), " "))
                .isInstanceOfSatisfying(id.simpul.sdk.SimpulClientException.class, e -> {
                    assertThat(e.getMessage()).contains("id_izin tidak sah");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("Invalid licence id");
                });
        assertThat(sim.requestCount()).isEqualTo(before);
    }

    @Test
    void wrongBaseAddress_isARefusedRequest_notAnUnknownNib() {
        Map<String, String> wrong = new java.util.HashMap<>(Map.of("simpul.adapters.oss.url", sim.server().baseUri() + "/salah",
                "simpul.adapters.oss.user-key", "kunci-rahasia", "simpul.adapters.oss.institution", "DPMPTSP-6112",
                "simpul.adapters.oss.region", "61.12"));
        LicensingGateway misconfigured = new RestLicensingGateway(new OssAdapterProvider().descriptor(),
                OssSettings.from(AdapterSettings.of(wrong)), Clock.systemUTC());
        assertThatThrownBy(() -> misconfigured.inquireNib(Nib.parse("0000000000001")))
                .isInstanceOfSatisfying(RemoteCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(RemoteFailure.REQUEST_REFUSED));
    }

    @Test
    void readTimeout_unset_followsTheResilienceTimeoutPlusOneSecond() {
        Map<String, String> base = Map.of("simpul.adapters.oss.url", "http://127.0.0.1:1",
                "simpul.adapters.oss.user-key", "kunci-rahasia", "simpul.adapters.oss.institution", "DPMPTSP-6112",
                "simpul.adapters.oss.region", "61.12");
        Map<String, String> withTimeout = new java.util.HashMap<>(base);
        withTimeout.put("simpul.adapters.oss.timeout", "7s");

        assertThat(OssSettings.from(AdapterSettings.of(base)).readTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(OssSettings.from(AdapterSettings.of(withTimeout)).readTimeout()).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void inquireNib_unknown_isEmpty() {
        assertThat(oss.inquireNib(Nib.parse("0000000000001"))).isEmpty();
    }

    @Test
    void pushStatus_thenCheck_answersThePushedStatus_andARepeatIsNotRecordedTwice() {
        Business b = sim.records().find(x -> true).orElseThrow();
        String licenceId = b.checklist().get(0).licenceId();
        LicenceStatusUpdate update = new LicenceStatusUpdate(Nib.parse(b.nib()), licenceId, LicenceStatusCode.SLA_STOPPED,
                OffsetDateTime.parse("2026-12-07T09:30:00+07:00"), "Menunggu kelengkapan dokumen");
        long before = sim.recordedPushes();
        PushReceipt first = oss.pushLicenceStatus(update);
        PushReceipt again = oss.pushLicenceStatus(update);
        assertThat(first.reference()).isNotBlank().isEqualTo(again.reference());
        assertThat(sim.recordedPushes()).isEqualTo(before + 1);
        assertThat(oss.checkLicenceStatus(Nib.parse(b.nib()), licenceId).orElseThrow().status())
                .isEqualTo(LicenceStatusCode.SLA_STOPPED);
    }

    @Test
    void pushLicence_approved_isAccepted() {
        Business b = sim.records().find(x -> x.checklist().size() > 1).orElseThrow();
        String licenceId = b.checklist().get(1).licenceId();
        PushReceipt receipt = oss.pushLicence(new FinalLicence(Nib.parse(b.nib()), licenceId, LicenceStatusCode.APPROVED,
                "503/PBG/DPMPTSP/2026", LocalDate.of(2026, 12, 7), Optional.empty(), URI.create("https://simpul.example/izin/1.pdf")));
        assertThat(receipt.reference()).startsWith("OSS-");
        assertThat(sim.lastPushedStatus(b.nib(), licenceId)).contains("50");
    }

    @Test
    void pushStatus_deemedApproval_isRefusedByOss_notRetryable() {
        Business b = sim.records().find(x -> true).orElseThrow();
        LicenceStatusUpdate update = new LicenceStatusUpdate(Nib.parse(b.nib()), b.checklist().get(0).licenceId(),
                LicenceStatusCode.DEEMED_APPROVED, OffsetDateTime.parse("2026-12-07T09:30:00+07:00"), "");
        assertThatThrownBy(() -> oss.pushLicenceStatus(update)).isInstanceOfSatisfying(RemoteCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(RemoteFailure.REQUEST_REFUSED);
            assertThat(e.retryable()).isFalse();
        });
    }

    @Test
    void wrongKey_isCredentialsRejected_andTheKeyNeverAppears() {
        LicensingGateway wrong = undecorated("kunci-tebakan");
        assertThatThrownBy(() -> wrong.inquireNib(Nib.parse("0000000000001")))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RemoteFailure.CREDENTIALS_REJECTED);
                    assertThat(e.getMessage() + e.getMessage(Locale.ENGLISH)).doesNotContain("kunci-tebakan");
                });
    }

    @Test
    void serverErrors_500IsRemoteError_504IsTimeout_bothRetryable() {
        sim.knobs().failNext(1, OssSimulator.systemErrorAnswer());
        Nib nib = Nib.parse("0000000000001");
        assertThatThrownBy(() -> oss.inquireNib(nib)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.REMOTE_ERROR));
        sim.knobs().failNext(1, OssSimulator.gatewayTimeoutAnswer());
        assertThatThrownBy(() -> oss.inquireNib(nib)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.TIMEOUT));
        sim.knobs().failNext(1, OssSimulator.unavailableAnswer());
        assertThatThrownBy(() -> oss.inquireNib(nib)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.UNAVAILABLE));
    }

    @Test
    void outage_isUnavailable_malformed_isMalformedAnswer_slow_isTimeout() {
        Nib nib = Nib.parse(sim.records().find(x -> true).orElseThrow().nib());
        sim.knobs().outage(true);
        assertThatThrownBy(() -> oss.inquireNib(nib)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.UNAVAILABLE));
        sim.reset();
        sim.knobs().malformNext(1);
        assertThatThrownBy(() -> oss.inquireNib(nib)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.MALFORMED_ANSWER));
        sim.reset();
        sim.knobs().latency(Duration.ofMillis(6000));
        assertThatThrownBy(() -> oss.inquireNib(nib)).isInstanceOfSatisfying(RemoteCallException.class,
                e -> assertThat(e.kind()).isEqualTo(RemoteFailure.TIMEOUT));
    }
}
