package id.simpul.adapters.polri;

import static id.simpul.sdk.tck.KitMetaTests.failedRules;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The police suite is only worth something if it fails broken adapters: each broken adapter must fail
 * exactly the rules that describe its defect, and pass a rule it does not break.
 */
class PoliceKitMetaTest {

    @Test
    void anAdapterThatReusesAnswers_failsTheExactAnswerAndConcurrencyRules() {
        assertThat(failedRules(StaleLettersKit.class, "required_R20_knownLetter_isReturnedExactly",
                "required_R21_unknownLetter_isEmpty", "required_R25_concurrentVerificationsOfDifferentLettersDoNotMix"))
                .containsExactlyInAnyOrder("required_R20_knownLetter_isReturnedExactly",
                        "required_R25_concurrentVerificationsOfDifferentLettersDoNotMix");
    }

    @Test
    void anAdapterThatHidesInputErrors_failsTheInputRule() {
        assertThat(failedRules(LenientInputKit.class, "required_R23_impossibleNumbers_areRefusedBeforeAnyRequest",
                "required_R22_validityAndRevocation_areReported"))
                .containsExactly("required_R23_impossibleNumbers_areRefusedBeforeAnyRequest");
    }

    @Test
    void anAdapterWithoutTheResilienceLayer_failsTheRetryCircuitAndBulkheadRules() {
        assertThat(failedRules(UndecoratedPoliceKit.class, "required_R08_safeOperationIsRetriedAfterTransientFailures",
                "required_R09_circuitOpensUnderSustainedFailure", "required_R11_bulkheadOverflowIsRefusedClearly",
                "required_R21_unknownLetter_isEmpty"))
                .containsExactlyInAnyOrder("required_R08_safeOperationIsRetriedAfterTransientFailures",
                        "required_R09_circuitOpensUnderSustainedFailure", "required_R11_bulkheadOverflowIsRefusedClearly");
    }
}
