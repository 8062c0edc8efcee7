package id.simpul.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.SimpulException;
import id.simpul.sdk.spi.AdapterDescriptor;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.licensing.FinalLicence;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.LicenceStatusReport;
import id.simpul.sdk.spi.licensing.LicenceStatusUpdate;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibRecord;
import id.simpul.sdk.spi.licensing.PushReceipt;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LicensingStatusPushHandlerTest {

    private static final String NIB = "3678864353328";
    private static final String LICENCE = "I-000000000012";
    /** 2026-12-07 10:15:30.250 WIB. */
    private static final long AT = Instant.parse("2026-12-07T03:15:30.250Z").toEpochMilli();

    /** An OSS that remembers the last status per licence, like the simulator. */
    static final class FakeOss implements LicensingGateway {
        final List<LicenceStatusUpdate> pushed = new ArrayList<>();
        LicenceStatusReport current = new LicenceStatusReport(Nib.parse(NIB), LICENCE, LicenceStatusCode.SCREENING,
                OffsetDateTime.of(2026, 1, 5, 8, 0, 0, 0, ZoneOffset.ofHours(7)));
        boolean knowsLicence = true;
        RuntimeException failure;
        int checks;

        @Override
        public AdapterDescriptor descriptor() {
            return AdapterDescriptor.of(LicensingGateway.class, "oss", "Fake OSS", "1");
        }

        @Override
        public Optional<NibRecord> inquireNib(Nib nib) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PushReceipt pushLicenceStatus(LicenceStatusUpdate update) {
            if (failure != null) {
                throw failure;
            }
            pushed.add(update);
            current = new LicenceStatusReport(update.nib(), update.licenceId(), update.status(), update.at());
            return new PushReceipt("OSS-1", Instant.now());
        }

        @Override
        public PushReceipt pushLicence(FinalLicence licence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<LicenceStatusReport> checkLicenceStatus(Nib nib, String licenceId) {
            checks++;
            if (failure != null) {
                throw failure;
            }
            return knowsLicence ? Optional.of(current) : Optional.empty();
        }
    }

    /** The request's link and history without a database. */
    static final class Links extends LicensingLinks {
        String nib = NIB;
        String from = "DRAFT";
        String to = "SUBMITTED";
        boolean earlier;
        boolean linked = true;

        @Override
        public Optional<StatusEvent> event(String requestId, int eventNo) {
            return linked ? Optional.of(new StatusEvent(requestId, nib, LICENCE, from, to, AT)) : Optional.empty();
        }

        @Override
        public boolean earlierPending(String topic, String requestId, int eventNo) {
            return earlier;
        }
    }

    private final FakeOss oss = new FakeOss();
    private final Links links = new Links();

    private LicensingStatusPushHandler handler() {
        LicensingStatusPushHandler h = new LicensingStatusPushHandler();
        h.connection = () -> oss;
        h.links = links;
        h.services = "PRZ-PBG, KEC-PBG-KECIL";
        return h;
    }

    private static String payload(String service) {
        return "{\"requestId\":\"r-1\",\"registrationNumber\":\"611226120700000" + "14\",\"service\":\"" + service
                + "\",\"status\":\"SUBMITTED\",\"competentOffice\":\"61.12-dpmptsp\"}";
    }

    private void deliver(String service, int eventNo) {
        handler().deliver(Outbox.STATUS_CHANGED, Outbox.STATUS_CHANGED + ":r-1:" + eventNo, payload(service));
    }

    @Test
    void deliver_submissionOfALinkedLicence_pushesScreeningAtTheTimeOfTheChangeInWib() {
        deliver("PRZ-PBG", 1);

        assertThat(oss.pushed).hasSize(1);
        LicenceStatusUpdate u = oss.pushed.get(0);
        assertThat(u.nib().value()).isEqualTo(NIB);
        assertThat(u.licenceId()).isEqualTo(LICENCE);
        assertThat(u.status()).isEqualTo(LicenceStatusCode.SCREENING);
        assertThat(u.at()).isEqualTo(OffsetDateTime.of(2026, 12, 7, 10, 15, 30, 0, ZoneOffset.ofHours(7)));
        assertThat(u.note()).doesNotContain("r-1");
    }

    @Test
    void deliver_sameMessageTwice_pushesOnce() {
        deliver("PRZ-PBG", 1);
        deliver("PRZ-PBG", 1);

        assertThat(oss.pushed).hasSize(1);
        assertThat(oss.checks).isEqualTo(2);
    }

    @Test
    void deliver_serviceNotLinkedToOss_callsNobody() {
        deliver("ADM-KTP-HILANG", 1);

        assertThat(oss.checks).isZero();
        assertThat(oss.pushed).isEmpty();
    }

    @Test
    void deliver_ossSwitchedOffOnThisNode_callsNobody() {
        LicensingStatusPushHandler h = handler();
        h.connection = new LicensingConnection() {
            @Override
            public LicensingGateway gateway() {
                return oss;
            }

            @Override
            public boolean enabled() {
                return false;
            }
        };

        h.deliver(Outbox.STATUS_CHANGED, Outbox.STATUS_CHANGED + ":r-1:1", payload("PRZ-PBG"));

        assertThat(oss.checks).isZero();
        assertThat(oss.pushed).isEmpty();
    }

    @Test
    void deliver_requestWithoutNibAndLicenceId_callsNobody() {
        links.linked = false;

        deliver("PRZ-PBG", 1);

        assertThat(oss.checks).isZero();
    }

    @Test
    void deliver_cancellation_hasNoOssCodeAndIsNotPushed() {
        links.from = "SUBMITTED";
        links.to = "CANCELLED";

        deliver("PRZ-PBG", 2);

        assertThat(oss.checks).isZero();
    }

    @Test
    void deliver_returnAndResubmit_stopAndResumeTheOssSlaClock() {
        links.from = "SUBMITTED";
        links.to = "RETURNED";
        deliver("PRZ-PBG", 2);
        links.from = "RETURNED";
        links.to = "SUBMITTED";
        deliver("PRZ-PBG", 3);

        assertThat(oss.pushed).extracting(LicenceStatusUpdate::status)
                .containsExactly(LicenceStatusCode.SLA_STOPPED, LicenceStatusCode.SLA_RESUMED);
    }

    @Test
    void deliver_earlierStatusStillInTheOutbox_waitsRetryablyWithoutCallingOss() {
        links.earlier = true;

        assertThatThrownBy(() -> deliver("PRZ-PBG", 2)).isInstanceOfSatisfying(SimpulException.class,
                e -> assertThat(e.retryable()).isTrue());
        assertThat(oss.checks).isZero();
    }

    @Test
    void deliver_licenceUnknownToOss_isAPermanentFailureNamingTheLicence() {
        oss.knowsLicence = false;

        assertThatThrownBy(() -> deliver("PRZ-PBG", 1)).isInstanceOfSatisfying(SimpulException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage(Locale.forLanguageTag("id"))).contains(LICENCE, "r-1").doesNotContain(NIB);
            assertThat(e.getMessage(Locale.ENGLISH)).contains("does not know licence");
        });
        assertThat(oss.pushed).isEmpty();
    }

    @Test
    void deliver_malformedNib_isAPermanentFailure() {
        links.nib = "12345";

        assertThatThrownBy(() -> deliver("PRZ-PBG", 1)).isInstanceOfSatisfying(SimpulException.class,
                e -> assertThat(e.retryable()).isFalse());
        assertThat(oss.checks).isZero();
    }

    @Test
    void deliver_ossUnavailable_propagatesSoTheOutboxRetries() {
        oss.failure = RemoteCallException.of(oss.descriptor(), "checkLicenseStatus", RemoteFailure.UNAVAILABLE, null, null);

        assertThatThrownBy(() -> deliver("PRZ-PBG", 1)).isSameAs(oss.failure);
        assertThat(oss.pushed).isEmpty();
    }

    @Test
    void eventNo_readsTheLastPartOfTheDeduplicationKey() {
        assertThat(LicensingLinks.eventNo("request.status-changed:abc:12")).isEqualTo(12);
        assertThat(LicensingLinks.eventNo("request.status-changed:abc:x")).isEqualTo(-1);
        assertThat(LicensingLinks.eventNo(null)).isEqualTo(-1);
    }

    @Test
    void single_readsOneNonBlankStringValueOfTheForm() {
        assertThat(LicensingLinks.single("{\"nib\":[\" 3678864353328 \"]}", "nib")).contains("3678864353328");
        assertThat(LicensingLinks.single("{\"nib\":[\"a\",\"b\"]}", "nib")).isEmpty();
        assertThat(LicensingLinks.single("{\"nib\":[\" \"]}", "nib")).isEmpty();
        assertThat(LicensingLinks.single("{}", "nib")).isEmpty();
    }
}
