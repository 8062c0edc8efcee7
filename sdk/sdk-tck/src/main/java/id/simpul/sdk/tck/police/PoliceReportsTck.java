package id.simpul.sdk.tck.police;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.simpul.sdk.LocalizedMessage;
import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.spi.Capability;
import id.simpul.sdk.spi.RemoteCallException;
import id.simpul.sdk.spi.police.LostItemKind;
import id.simpul.sdk.spi.police.LostReport;
import id.simpul.sdk.spi.police.PoliceReports;
import id.simpul.sdk.spi.police.SkckState;
import id.simpul.sdk.spi.police.SkckStatus;
import id.simpul.sdk.tck.AdapterTck;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite of {@link PoliceReports} adapters: the common rules R01–R16 of
 * {@link AdapterTck}, R20–R25 for lost-item report letters (SKTLK) and O01–O03 for police clearances
 * (SKCK), switched on by the capability {@code police.skck-status}. Extend it in test scope:
 *
 * <pre>{@code
 * class PolriConformanceTest extends PoliceReportsTck {
 *     protected PoliceReportsHarness harness() { return new PolriHarness(); }
 * }
 * }</pre>
 */
public abstract class PoliceReportsTck extends AdapterTck<PoliceReports, PoliceReportsHarness> {

    @Override
    protected final Class<PoliceReports> port() {
        return PoliceReports.class;
    }

    @Override
    protected final Object callSafely(PoliceReports adapter) {
        return adapter.verifyLostReport(letter(r -> true).letterNumber()).orElseThrow();
    }

    @Override
    protected final Set<String> personalData() {
        return h().personalData();
    }

    private LostReport letter(Predicate<LostReport> condition) {
        List<LostReport> letters = h().knownLostReports();
        assertThat(letters).as("known letters of the harness").hasSizeGreaterThanOrEqualTo(4);
        return letters.stream().filter(condition).findFirst()
                .orElseThrow(() -> new AssertionError("the harness holds no letter of the kind this rule needs"));
    }

    /**
     * R20: a known letter comes back exactly as the police system holds it: number, issuing office
     * (name, level, region), date, validity, items, revocation. If this fails, check the mapping of
     * each answer field, dates (no time-zone shift) and office levels (a Polresta is a Polres).
     */
    @Test
    void required_R20_knownLetter_isReturnedExactly() {
        PoliceReports adapter = adapter();
        for (LostReport expected : h().knownLostReports()) {
            assertThat(adapter.verifyLostReport(expected.letterNumber())).as(expected.letterNumber())
                    .contains(expected);
        }
    }

    /**
     * R21: an unknown letter number is an answer, not a failure: empty. If this fails, check the
     * mapping of the system's "not found" (and "number in another format") answers.
     */
    @Test
    void required_R21_unknownLetter_isEmpty() {
        assertThat(adapter().verifyLostReport(h().unknownLetterNumber())).isEmpty();
    }

    /**
     * R22: validity is reported as the system holds it: a valid letter listing a KTP-el is valid today
     * and covers it; a revoked letter is revoked and not valid; an expired letter is returned (it
     * exists) but not valid. If this fails, check the mapping of the letter's status and dates.
     */
    @Test
    void required_R22_validityAndRevocation_areReported() {
        PoliceReports adapter = adapter();
        LostReport valid = letter(r -> r.validOn(h().today()) && r.covers(LostItemKind.KTP_EL));
        LostReport revoked = letter(LostReport::revoked);
        LostReport expired = letter(r -> !r.revoked() && r.validUntil().isBefore(h().today()));

        LostReport v = adapter.verifyLostReport(valid.letterNumber()).orElseThrow();
        assertThat(v.validOn(h().today())).isTrue();
        assertThat(v.covers(LostItemKind.KTP_EL)).isTrue();
        LostReport r = adapter.verifyLostReport(revoked.letterNumber()).orElseThrow();
        assertThat(r.revoked()).isTrue();
        assertThat(r.validOn(h().today())).isFalse();
        LostReport e = adapter.verifyLostReport(expired.letterNumber()).orElseThrow();
        assertThat(e.validOn(h().today())).isFalse();
        assertThat(e.revoked()).isFalse();
    }

    /**
     * R23: a number that cannot be a letter number (blank, over 100 characters, control characters)
     * is refused before any request with a {@link SimpulClientException} whose message, in both
     * languages, explains the rule without repeating the input. If this fails, check the adapter's
     * input validation and its message bundles.
     */
    @Test
    void required_R23_impossibleNumbers_areRefusedBeforeAnyRequest() {
        PoliceReports adapter = adapter();
        for (String bad : new String[] {"", "   ", "X".repeat(101), "SKTLK/1\n/2026"}) {
            Throwable thrown = catchThrowable(() -> adapter.verifyLostReport(bad));
            assertThat(thrown).as("input of %d characters", bad.length()).isInstanceOf(SimpulClientException.class)
                    .isNotInstanceOf(RemoteCallException.class);
            SimpulClientException e = (SimpulClientException) thrown;
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage(LocalizedMessage.INDONESIAN)).isNotEqualTo(e.getMessage(Locale.ENGLISH));
            assertThat(e.getMessage(LocalizedMessage.INDONESIAN)).doesNotContain(e.code());
        }
        assertThat(remote().requests()).as("requests sent").isZero();
    }

    /**
     * R24: a number with spaces around it (as copied from a scan) finds the same letter. If this fails,
     * check that the adapter trims before sending.
     */
    @Test
    void required_R24_surroundingSpaces_areIgnored() {
        LostReport expected = letter(r -> true);
        assertThat(adapter().verifyLostReport("  " + expected.letterNumber() + " ")).contains(expected);
    }

    /**
     * R25: concurrent verifications of different letters do not mix answers. If this fails, look for
     * state shared between calls (a reused request object, a cached last answer).
     */
    @Test
    void required_R25_concurrentVerificationsOfDifferentLettersDoNotMix() throws Exception {
        PoliceReports adapter = adapter();
        List<LostReport> letters = h().knownLostReports();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                LostReport expected = letters.get(i % letters.size());
                checks.add(pool.submit(() -> adapter.verifyLostReport(expected.letterNumber())
                        .equals(Optional.of(expected))));
            }
            for (Future<Boolean> check : checks) {
                assertThat(check.get(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * O01: a known clearance comes back exactly, and an issued one is valid today with a validity after
     * its issue. If this fails, check the mapping of SKCK states and dates.
     */
    @Test
    void optional_O01_knownSkck_isReturnedExactly() {
        PoliceReports adapter = adapter();
        assumeTrue(adapter.descriptor().supports(Capability.POLICE_SKCK_STATUS), "adapter declares police.skck-status");
        List<SkckStatus> known = h().knownSkcks();
        assertThat(known).as("known clearances").anyMatch(s -> s.validOn(h().today()))
                .anyMatch(s -> s.state() != SkckState.ISSUED);

        for (SkckStatus expected : known) {
            assertThat(adapter.skckStatus(expected.number())).as(expected.number()).contains(expected);
        }
    }

    /**
     * O02: an unknown SKCK number is empty, not a failure. If this fails, check the mapping of the
     * system's "not found" answer for clearances.
     */
    @Test
    void optional_O02_unknownSkck_isEmpty() {
        PoliceReports adapter = adapter();
        assumeTrue(adapter.descriptor().supports(Capability.POLICE_SKCK_STATUS), "adapter declares police.skck-status");

        assertThat(adapter.skckStatus(h().unknownSkckNumber())).isEmpty();
    }

    /**
     * O03: an SKCK lookup that meets a transient failure is retried (it only reads) and succeeds. If
     * this fails, check that {@code skckStatus} keeps {@code @SafeToRepeat} and that the adapter maps
     * the failure to a retryable kind.
     */
    @Test
    void optional_O03_skckLookupIsRetriedAfterATransientFailure() {
        PoliceReports adapter = adapter("retry.max-attempts", "3");
        assumeTrue(adapter.descriptor().supports(Capability.POLICE_SKCK_STATUS), "adapter declares police.skck-status");
        SkckStatus expected = h().knownSkcks().get(0);
        remote().failing(id.simpul.sdk.spi.RemoteFailure.REMOTE_ERROR, 1);

        assertThat(adapter.skckStatus(expected.number())).contains(expected);
        assertThat(remote().requests()).isEqualTo(2);
    }
}
