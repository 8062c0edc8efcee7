package id.simpul.sdk.tck.licensing;

import id.simpul.sdk.region.RegionCode;
import id.simpul.sdk.spi.licensing.NibReceiver;
import java.util.Optional;

/** The kit against the correct and the broken in-memory receiver; run by {@link NibReceiverTckMetaTest}. */
final class NibReceiverKits {

    private NibReceiverKits() {
    }

    static class Correct extends NibReceiverTck {
        @Override
        protected NibReceiver receiver() {
            return new InMemoryNibReceiver(RegionCode.parse("61.12"), true);
        }

        @Override
        protected RegionCode servedRegion() {
            return RegionCode.parse("61.12.01");
        }

        @Override
        protected Optional<RegionCode> unservedRegion() {
            return Optional.of(RegionCode.parse("36.73.01"));
        }
    }

    static class WithoutDeduplication extends Correct {
        @Override
        protected NibReceiver receiver() {
            return new InMemoryNibReceiver(RegionCode.parse("61.12"), false);
        }
    }
}
