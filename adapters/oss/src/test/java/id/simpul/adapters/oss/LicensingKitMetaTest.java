package id.simpul.adapters.oss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The licensing suite is only worth something if it fails broken adapters: each broken adapter must
 * fail exactly the rules that describe its defect, and pass a rule it does not break.
 */
class LicensingKitMetaTest {

    private static Set<String> failedRules(Class<?> kit, String... rules) {
        MethodSelector[] selectors = Arrays.stream(rules).map(r -> selectMethod(kit, r)).toArray(MethodSelector[]::new);
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectors).execute().testEvents();
        assertThat(tests.started().count()).as("rules run").isEqualTo(rules.length);
        return tests.failed().stream().map(e -> e.getTestDescriptor().getDisplayName().replace("()", ""))
                .collect(Collectors.toSet());
    }

    @Test
    void anAdapterThatRetriesPushes_failsTheRulesOnUnsafeOperations() {
        assertThat(failedRules(RetryingPushesKit.class, "required_R16_unsafeOperationsAreSentOnce",
                "required_R22_failedPush_isReportedAndRecordsNothing", "required_R20_knownNib_isReturnedExactly"))
                .containsExactlyInAnyOrder("required_R16_unsafeOperationsAreSentOnce",
                        "required_R22_failedPush_isReportedAndRecordsNothing");
    }

    @Test
    void anAdapterThatReusesAnswers_failsTheExactAnswerAndConcurrencyRules() {
        assertThat(failedRules(StaleInquiriesKit.class, "required_R20_knownNib_isReturnedExactly",
                "required_R21_unknownNib_isEmpty", "required_R23_concurrentInquiriesDoNotMix"))
                .containsExactlyInAnyOrder("required_R20_knownNib_isReturnedExactly",
                        "required_R23_concurrentInquiriesDoNotMix");
    }
}
