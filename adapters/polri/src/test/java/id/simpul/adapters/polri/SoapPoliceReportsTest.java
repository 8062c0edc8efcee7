package id.simpul.adapters.polri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.adapters.polri.internal.SoapPoliceReports;
import id.simpul.adapters.polri.simulator.LostReportRecord;
import id.simpul.adapters.polri.simulator.PolriSimulator;
import id.simpul.adapters.polri.simulator.SkckRecord;
import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Adapters;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.police.LostItemKind;
import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceOfficeLevel;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.police.SkckState;
import id.simpul.sdk.spi.police.SkckStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SoapPoliceReportsTest {

    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static PolriSimulator sim;
    private static PoliceReports police;

    @BeforeAll
    static void start() {
        sim = PolriSimulator.builder().clock(DAY).credentials("simpul", "s3cret").start();
        police = undecorated("s3cret");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void resetKnobs() {
        sim.reset();
    }

    /** Translation only, without the resilience layer, so failure tests do not open a shared circuit. */
    static PoliceReports undecorated(String password) {
        return new SoapPoliceReports(new PolriAdapterProvider().descriptor(), PolriSettings.from(settings(password)));
    }

    static AdapterSettings settings(String password) {
        return AdapterSettings.of(Map.of(
                "simpul.adapters.polri.url", sim.endpoint().toString(),
                "simpul.adapters.polri.user", "simpul",
                "simpul.adapters.polri.password", password,
                "simpul.adapters.polri.institution", "DISDUKCAPIL-6112",
                "simpul.adapters.polri.receive-timeout", "3s"));
    }

    @Test
    void receiveTimeout_unset_followsTheResilienceTimeoutPlusOneSecond() {
        Map<String, String> base = Map.of("simpul.adapters.polri.url", "http://127.0.0.1:1",
                "simpul.adapters.polri.user", "simpul", "simpul.adapters.polri.password", "rahasia",
                "simpul.adapters.polri.institution", "DPMPTSP-6112");
        Map<String, String> withTimeout = new java.util.HashMap<>(base);
        withTimeout.put("simpul.adapters.polri.timeout", "7s");

        assertThat(PolriSettings.from(AdapterSettings.of(base)).receiveTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(PolriSettings.from(AdapterSettings.of(withTimeout)).receiveTimeout())
                .isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void serviceLoader_findsThePolriAdapter_decoratedWithResilience() {
        PoliceReports loaded = Adapters.load(PoliceReports.class, settings("s3cret"));
        assertThat(loaded.descriptor().system()).isEqualTo("polri");
        assertThat(id.simpul.adapters.support.ResilientAdapter.healthOf(loaded)).isPresent();
    }

    @Test
    void verifyLostReport_knownLetter_isTranslatedField_byField() {
        LostReportRecord expected = sim.records().findLostReport(r -> !r.revoked() && r.office().level().equals("POLSEK")).orElseThrow();
        LostReport letter = police.verifyLostReport(expected.number()).orElseThrow();
        assertThat(letter.letterNumber()).isEqualTo(expected.number());
        assertThat(letter.issuedOn()).isEqualTo(expected.reportedOn());
        assertThat(letter.validUntil()).isEqualTo(expected.reportedOn().plusDays(14));
        assertThat(letter.office().level()).isEqualTo(PoliceOfficeLevel.POLSEK);
        assertThat(letter.office().region()).isEqualTo(expected.office().region());
        assertThat(letter.office().name()).isEqualTo(expected.office().name());
        assertThat(letter.items()).hasSameSizeAs(expected.items());
        assertThat(letter.revoked()).isFalse();
        assertThat(letter.validOn(TODAY)).isEqualTo("BERLAKU".equals(expected.statusOn(TODAY)));
    }

    @Test
    void verifyLostReport_ktpLetter_coversKtpEl() {
        LostReportRecord expected = sim.records().findLostReport(r -> r.items().get(0).kind().equals("KTP_EL")).orElseThrow();
        assertThat(police.verifyLostReport(expected.number()).orElseThrow().covers(LostItemKind.KTP_EL)).isTrue();
    }

    @Test
    void verifyLostReport_revokedLetter_isRevoked() {
        LostReportRecord expected = sim.records().findLostReport(LostReportRecord::revoked).orElseThrow();
        LostReport letter = police.verifyLostReport(expected.number()).orElseThrow();
        assertThat(letter.revoked()).isTrue();
        assertThat(letter.validOn(TODAY)).isFalse();
    }

    @Test
    void verifyLostReport_unknownOrForeignFormat_isEmpty() {
        assertThat(police.verifyLostReport("SKTLK/9999/I/2026/POLSEK-611201")).isEmpty();
        assertThat(police.verifyLostReport("STPL/123/XII/2026/SPKT")).isEmpty();
    }

    @Test
    void verifyLostReport_blankOrOverlongNumber_isRefusedBeforeAnyCall() {
        long before = sim.requestCount();
        assertThatThrownBy(() -> police.verifyLostReport(" ")).isInstanceOf(SimpulClientException.class)
                .satisfies(e -> assertThat(((SimpulClientException) e).getMessage(Locale.ENGLISH)).contains("1 to 100"));
        assertThatThrownBy(() -> police.verifyLostReport("X".repeat(101))).isInstanceOf(SimpulClientException.class);
        assertThat(sim.requestCount()).isEqualTo(before);
    }

    @Test
    void skckStatus_issuedClearance_hasSixMonthsValidity() {
        SkckRecord expected = sim.records().findSkck(r -> r.decision().equals("TERBIT")).orElseThrow();
        SkckStatus status = police.skckStatus(expected.number()).orElseThrow();
        assertThat(status.state()).isEqualTo(SkckState.ISSUED);
        assertThat(status.issuedOn()).contains(expected.issuedOn());
        assertThat(status.validUntil()).contains(expected.issuedOn().plusMonths(6).minusDays(1));
    }

    @Test
    void wrongPassword_isCredentialsRejected_notRetryable_andNeverShowsThePassword() {
        PoliceReports wrong = undecorated("tebak-tebakan");
        String number = sim.records().findLostReport(r -> true).orElseThrow().number();
        assertThatThrownBy(() -> wrong.verifyLostReport(number)).isInstanceOfSatisfying(RemoteCallException.class, e -> {
            assertThat(e.kind()).isEqualTo(RemoteFailure.CREDENTIALS_REJECTED);
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage() + e.getMessage(Locale.ENGLISH)).doesNotContain("tebak-tebakan");
        });
    }

    @Test
    void serverFault_isRemoteError_retryable() {
        sim.knobs().failNext(1, PolriSimulator.systemErrorAnswer());
        assertThatThrownBy(() -> police.verifyLostReport("SKTLK/0001/I/2026/POLSEK-611201"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RemoteFailure.REMOTE_ERROR);
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void gateway503_isUnavailable_retryable() {
        sim.knobs().failNext(1, PolriSimulator.unavailableAnswer());
        assertThatThrownBy(() -> police.verifyLostReport("SKTLK/0001/I/2026/POLSEK-611201"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RemoteFailure.UNAVAILABLE);
                    assertThat(e.retryable()).isTrue();
                });
    }

    @Test
    void outage_isUnavailable_retryable() {
        sim.knobs().outage(true);
        assertThatThrownBy(() -> police.skckStatus("SKCK/0001/I/2026/POLRES-6112"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> assertThat(e.kind()).isEqualTo(RemoteFailure.UNAVAILABLE));
    }

    @Test
    void truncatedAnswer_isMalformed_notRetryable() {
        sim.knobs().malformNext(1);
        assertThatThrownBy(() -> police.skckStatus("SKCK/0001/I/2026/POLRES-6112"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RemoteFailure.MALFORMED_ANSWER);
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void slowAnswer_beyondReceiveTimeout_isTimeout() {
        sim.knobs().latency(Duration.ofMillis(6000));
        assertThatThrownBy(() -> police.skckStatus("SKCK/0001/I/2026/POLRES-6112"))
                .isInstanceOfSatisfying(RemoteCallException.class, e -> assertThat(e.kind()).isEqualTo(RemoteFailure.TIMEOUT));
    }
}
