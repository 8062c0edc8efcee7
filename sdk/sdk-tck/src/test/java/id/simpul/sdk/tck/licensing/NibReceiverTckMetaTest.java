package id.simpul.sdk.tck.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class NibReceiverTckMetaTest {

    private static Events run(Class<?> kit) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
    }

    @Test
    void aCorrectReceiver_passesEveryRule() {
        Events events = run(NibReceiverKits.Correct.class);

        assertThat(events.started().count()).isEqualTo(5);
        assertThat(events.failed().count()).isZero();
        assertThat(events.skipped().count() + events.aborted().count()).isZero();
    }

    @Test
    void aReceiverWithoutDeduplication_failsTheRedeliveryRules() {
        Set<String> failed = run(NibReceiverKits.WithoutDeduplication.class).failed().stream()
                .map(e -> e.getTestDescriptor().getDisplayName().replace("()", "")).collect(Collectors.toSet());

        assertThat(failed).containsExactlyInAnyOrder("required_R02_redeliveryIsADuplicateWithTheSameReference",
                "required_R04_concurrentRedeliveriesAreAcceptedOnce");
    }
}
