package id.simpul.adapters.oss;

import static id.simpul.sdk.tck.KitMetaTests.failedRules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The licensing suite is only worth something if it fails broken adapters: each broken adapter must
 * fail exactly the rules that describe its defect, and pass a rule it does not break.
 */
class LicensingKitMetaTest {

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
