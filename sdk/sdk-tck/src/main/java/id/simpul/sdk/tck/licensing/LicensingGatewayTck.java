package id.simpul.sdk.tck.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.RemoteFailure;
import id.simpul.sdk.spi.licensing.FinalLicence;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import id.simpul.sdk.spi.licensing.LicenceStatusReport;
import id.simpul.sdk.spi.licensing.LicenceStatusUpdate;
import id.simpul.sdk.spi.licensing.LicensingGateway;
import id.simpul.sdk.spi.licensing.NibRecord;
import id.simpul.sdk.spi.licensing.PushReceipt;
import id.simpul.sdk.tck.AdapterTck;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link LicensingGateway} adapters (OSS RBA and systems like it): the
 * common rules R01–R16 of {@link AdapterTck}, R20–R23 for NIB inquiries and failed pushes, and
 * O01–O05 for status pushes, final licence pushes and status checks, switched on by the capabilities
 * {@code licensing.status-push}, {@code licensing.licence-push} and {@code licensing.status-check}.
 *
 * <pre>{@code
 * class OssConformanceTest extends LicensingGatewayTck {
 *     protected LicensingGatewayHarness harness() { return new OssHarness(); }
 * }
 * }</pre>
 */
public abstract class LicensingGatewayTck extends AdapterTck<LicensingGateway, LicensingGatewayHarness> {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T09:30:00+07:00");

    @Override
    protected final Class<LicensingGateway> port() {
        return LicensingGateway.class;
    }

    @Override
    protected final Object callSafely(LicensingGateway adapter) {
        return adapter.inquireNib(business(0).nib()).orElseThrow();
    }

    @Override
    protected final Set<String> personalData() {
        return h().personalData();
    }

    @Override
    protected final Map<String, Consumer<LicensingGateway>> unsafeOperations() {
        return Map.of(
                "pushLicenceStatus", adapter -> adapter.pushLicenceStatus(statusUpdate(0, LicenceStatusCode.SLA_STOPPED)),
                "pushLicence", adapter -> adapter.pushLicence(approval(0)));
    }

    private NibRecord business(int i) {
        List<NibRecord> known = h().knownBusinesses();
        assertThat(known).as("known businesses of the harness").hasSizeGreaterThanOrEqualTo(3);
        assertThat(known.get(i).licences()).as("checklist of a known business").isNotEmpty();
        return known.get(i);
    }

    private LicenceStatusUpdate statusUpdate(int i, LicenceStatusCode status) {
        NibRecord b = business(i);
        return new LicenceStatusUpdate(b.nib(), b.licences().get(0).licenceId(), status, AT, "Konfirmasi persyaratan");
    }

    private FinalLicence approval(int i) {
        NibRecord b = business(i);
        return new FinalLicence(b.nib(), b.licences().get(0).licenceId(), LicenceStatusCode.APPROVED,
                "503/" + (i + 1) + "/DPMPTSP/2026", LocalDate.of(2026, 12, 7), Optional.of(LocalDate.of(2031, 12, 6)),
                URI.create("https://perizinan.example.go.id/izin/" + (i + 1) + ".pdf"));
    }

    private static boolean supports(LicensingGateway adapter, Capability... capabilities) {
        for (Capability c : capabilities) {
            if (!adapter.descriptor().supports(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * R20: a known NIB comes back exactly as the system holds it: company name, location, and every
     * licence of the checklist with its id, code, name, authority level and status. If this fails,
     * check the mapping of the inquiry answer ({@code dataNIB}, {@code data_checklist},
     * {@code kewenangan} codes, {@code kd_status}) and of region codes (compact or dotted).
     */
    @Test
    void required_R20_knownNib_isReturnedExactly() {
        LicensingGateway adapter = adapter();
        for (NibRecord expected : h().knownBusinesses()) {
            assertThat(adapter.inquireNib(expected.nib())).as(expected.nib().value()).contains(expected);
        }
    }

    /**
     * R21: an unknown NIB is an answer, not a failure: empty. If this fails, check the mapping of the
     * system's "not found" (OSS: 404 with {@code kode} 404).
     */
    @Test
    void required_R21_unknownNib_isEmpty() {
        assertThat(adapter().inquireNib(h().unknownNib())).isEmpty();
    }

    /**
     * R22: a push that fails is reported to the caller as a retryable failure and leaves nothing
     * recorded, so the caller's outbox can deliver it later. If this fails, check that push failures
     * are not swallowed (an empty receipt) and that the adapter does not retry pushes itself.
     */
    @Test
    void required_R22_failedPush_isReportedAndRecordsNothing() {
        LicensingGateway adapter = adapter("retry.max-attempts", "3");
        assumeTrue(supports(adapter, Capability.LICENSING_STATUS_PUSH), "adapter declares licensing.status-push");
        long before = h().recordedPushes();
        remote().failing(RemoteFailure.REMOTE_ERROR, 1);

        Throwable thrown = catchThrowable(() -> adapter.pushLicenceStatus(statusUpdate(1, LicenceStatusCode.SLA_STOPPED)));

        assertThat(thrown).isInstanceOf(RemoteCallException.class);
        assertThat(((RemoteCallException) thrown).retryable()).isTrue();
        assertThat(remote().requests()).as("requests sent").isEqualTo(1);
        assertThat(h().recordedPushes()).isEqualTo(before);
    }

    /**
     * R23: concurrent inquiries for different NIBs do not mix answers. If this fails, look for state
     * shared between calls (a reused request body, a cached last answer).
     */
    @Test
    void required_R23_concurrentInquiriesDoNotMix() throws Exception {
        LicensingGateway adapter = adapter();
        List<NibRecord> known = h().knownBusinesses();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                NibRecord expected = known.get(i % known.size());
                checks.add(pool.submit(() -> adapter.inquireNib(expected.nib()).equals(Optional.of(expected))));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * O01: a pushed status is recorded by the system with its {@code kd_status}, and a status check
     * answers it with the instant it took effect. If this fails, check the push body (status code,
     * timestamp in the system's time zone) and the status-check mapping.
     */
    @Test
    void optional_O01_pushedStatus_isRecordedAndChecked() {
        LicensingGateway adapter = adapter();
        assumeTrue(supports(adapter, Capability.LICENSING_STATUS_PUSH, Capability.LICENSING_STATUS_CHECK),
                "adapter declares licensing.status-push and licensing.status-check");
        LicenceStatusUpdate update = statusUpdate(0, LicenceStatusCode.SLA_STOPPED);

        adapter.pushLicenceStatus(update);

        assertThat(h().recordedStatus(update.nib(), update.licenceId())).contains(LicenceStatusCode.SLA_STOPPED);
        LicenceStatusReport report = adapter.checkLicenceStatus(update.nib(), update.licenceId()).orElseThrow();
        assertThat(report.status()).isEqualTo(LicenceStatusCode.SLA_STOPPED);
        assertThat(report.updatedAt().toInstant()).isEqualTo(AT.toInstant());
    }

    /**
     * O02: delivering the same status twice (an outbox redelivery) is acknowledged both times, with the
     * same reference when the system gives one, and recorded once. If this fails, check that the
     * adapter sends the same content for the same update (no fresh timestamp or id per call).
     */
    @Test
    void optional_O02_redeliveredPush_isRecordedOnce() {
        LicensingGateway adapter = adapter();
        assumeTrue(supports(adapter, Capability.LICENSING_STATUS_PUSH), "adapter declares licensing.status-push");
        LicenceStatusUpdate update = statusUpdate(1, LicenceStatusCode.SLA_RESUMED);
        long before = h().recordedPushes();

        PushReceipt first = adapter.pushLicenceStatus(update);
        PushReceipt second = adapter.pushLicenceStatus(update);

        assertThat(second.reference()).isEqualTo(first.reference());
        assertThat(h().recordedPushes()).isEqualTo(before + 1);
    }

    /**
     * O03: a final licence push is recorded with its decision. If this fails, check the final licence
     * body (number, dates, document address, {@code status_izin}).
     */
    @Test
    void optional_O03_finalLicence_isRecorded() {
        LicensingGateway adapter = adapter();
        assumeTrue(supports(adapter, Capability.LICENSING_LICENCE_PUSH), "adapter declares licensing.licence-push");
        FinalLicence licence = approval(2);

        adapter.pushLicence(licence);

        assertThat(h().recordedStatus(licence.nib(), licence.licenceId())).contains(LicenceStatusCode.APPROVED);
    }

    /**
     * O04: a status check for a licence the system does not know is empty, not a failure. If this
     * fails, check the mapping of "not found" in status checks.
     */
    @Test
    void optional_O04_unknownLicenceCheck_isEmpty() {
        LicensingGateway adapter = adapter();
        assumeTrue(supports(adapter, Capability.LICENSING_STATUS_CHECK), "adapter declares licensing.status-check");

        assertThat(adapter.checkLicenceStatus(h().unknownNib(), "I-000000000000")).isEmpty();
    }

    /**
     * O05: a push the system refuses as invalid (a licence it does not know) is {@code REQUEST_REFUSED},
     * not retryable, sent once. If this fails, check the mapping of 400/404 answers to pushes: unlike
     * inquiries, a push about an unknown licence is an error the caller must fix.
     */
    @Test
    void optional_O05_pushForUnknownLicence_isRefusedNotRetried() {
        LicensingGateway adapter = adapter("retry.max-attempts", "3");
        assumeTrue(supports(adapter, Capability.LICENSING_STATUS_PUSH), "adapter declares licensing.status-push");
        LicenceStatusUpdate unknown = new LicenceStatusUpdate(h().unknownNib(), "I-000000000000",
                LicenceStatusCode.SLA_STOPPED, AT, "");

        Throwable thrown = catchThrowable(() -> adapter.pushLicenceStatus(unknown));

        assertThat(thrown).isInstanceOf(RemoteCallException.class);
        assertThat(((RemoteCallException) thrown).kind()).isEqualTo(RemoteFailure.REQUEST_REFUSED);
        assertThat(((RemoteCallException) thrown).retryable()).isFalse();
        assertThat(remote().requests()).isEqualTo(1);
    }
}
