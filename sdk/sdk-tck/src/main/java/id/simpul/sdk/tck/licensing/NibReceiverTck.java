package id.simpul.sdk.tck.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.simpul.sdk.SimpulClientException;
import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.licensing.AuthorityLevel;
import id.simpul.sdk.spi.licensing.LicenceItem;
import id.simpul.sdk.spi.licensing.Nib;
import id.simpul.sdk.spi.licensing.NibNotification;
import id.simpul.sdk.spi.licensing.NibReceipt;
import id.simpul.sdk.spi.licensing.NibReceiver;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Conformance of the inbound side of OSS ({@code receiveNIB}), for whoever implements
 * {@link NibReceiver} (the portal): at-least-once delivery must be processed exactly once. Extend it
 * and implement {@link #receiver()} (fresh and empty for each rule) and {@link #servedRegion()}.
 */
public abstract class NibReceiverTck {

    /** A receiver with no notification received yet. */
    protected abstract NibReceiver receiver();

    /** A region (regency or kecamatan code) the receiver serves. */
    protected abstract RegionCode servedRegion();

    /** A region the receiver does not serve, if it refuses such notifications. */
    protected Optional<RegionCode> unservedRegion() {
        return Optional.empty();
    }

    protected NibNotification notification(String nib, String ossRequestId, RegionCode region) {
        return new NibNotification(Nib.parse(nib), ossRequestId, "CV MAJU BERSAMA", region,
                List.of(new LicenceItem("I-" + ossRequestId, "PBG", "Persetujuan Bangunan Gedung", AuthorityLevel.REGENCY,
                        Optional.empty())),
                OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(7)));
    }

    /**
     * R01: a first delivery is accepted with a non-blank reference. If this fails, check the receiver
     * stores the notification before answering.
     */
    @Test
    void required_R01_firstDeliveryIsAccepted() {
        NibReceipt receipt = receiver().receive(notification("9120101234567", "P-1", servedRegion()));

        assertThat(receipt.outcome()).isEqualTo(NibReceipt.Outcome.ACCEPTED);
        assertThat(receipt.reference()).isNotBlank();
    }

    /**
     * R02: the same notification delivered again is a duplicate with the original reference. If this
     * fails, check the deduplication key is the NIB plus OSS's request id and is stored durably.
     */
    @Test
    void required_R02_redeliveryIsADuplicateWithTheSameReference() {
        NibReceiver receiver = receiver();
        NibReceipt first = receiver.receive(notification("9120101234567", "P-1", servedRegion()));
        NibReceipt again = receiver.receive(notification("9120101234567", "P-1", servedRegion()));

        assertThat(again.outcome()).isEqualTo(NibReceipt.Outcome.DUPLICATE);
        assertThat(again.reference()).isEqualTo(first.reference());
    }

    /**
     * R03: another submission for the same NIB is a new notification. If this fails, the receiver
     * deduplicates on the NIB alone; it must use the NIB and OSS's request id together.
     */
    @Test
    void required_R03_anotherSubmissionOfTheSameNibIsNew() {
        NibReceiver receiver = receiver();
        NibReceipt first = receiver.receive(notification("9120101234567", "P-1", servedRegion()));
        NibReceipt second = receiver.receive(notification("9120101234567", "P-2", servedRegion()));

        assertThat(second.outcome()).isEqualTo(NibReceipt.Outcome.ACCEPTED);
        assertThat(second.reference()).isNotEqualTo(first.reference());
    }

    /**
     * R04: concurrent deliveries of one notification are accepted exactly once, and every answer carries
     * the same reference. If this fails, check the check-then-store is atomic (a unique constraint, a
     * lock), not two steps.
     */
    @Test
    void required_R04_concurrentRedeliveriesAreAcceptedOnce() throws Exception {
        NibReceiver receiver = receiver();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<NibReceipt>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return receiver.receive(notification("9120109999999", "P-9", servedRegion()));
                }));
            }
            go.countDown();
            List<NibReceipt> receipts = new ArrayList<>();
            for (Future<NibReceipt> f : answers) {
                receipts.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(receipts).filteredOn(r -> r.outcome() == NibReceipt.Outcome.ACCEPTED).hasSize(1);
            assertThat(receipts).extracting(NibReceipt::reference).containsOnly(receipts.get(0).reference());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * R05: a notification for a region the receiver does not serve is refused as a client error that
     * OSS can read, and is not stored. If this fails, check the region check comes before storing.
     */
    @Test
    void required_R05_unservedRegionIsRefused() {
        assumeTrue(unservedRegion().isPresent(), "the receiver refuses regions it does not serve");
        NibReceiver receiver = receiver();

        Throwable thrown = catchThrowable(() -> receiver.receive(notification("9120101234567", "P-1",
                unservedRegion().get())));

        assertThat(thrown).isInstanceOf(SimpulClientException.class);
        assertThat(receiver.receive(notification("9120101234567", "P-1", servedRegion())).outcome())
                .isEqualTo(NibReceipt.Outcome.ACCEPTED);
    }
}
