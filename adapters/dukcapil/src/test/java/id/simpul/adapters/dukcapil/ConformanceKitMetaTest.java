package id.simpul.adapters.dukcapil;

import static id.simpul.sdk.tck.KitMetaTests.failedRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit is only worth something if it fails broken adapters: each broken adapter below must fail
 * exactly the rules that describe its defect, and pass a rule it does not break.
 */
class ConformanceKitMetaTest {

    @Test
    void anAdapterWhoseExceptionsQuoteTheNik_failsTheRuleOnPersonalDataInExceptions() {
        assertThat(failedRules(LeakyExceptionsKit.class, "required_R13_noPersonalDataInExceptions",
                "required_R02_unavailableSystemIsRetryableUnavailable"))
                .containsExactly("required_R13_noPersonalDataInExceptions");
    }

    @Test
    void anAdapterWithoutTheResilienceLayer_failsTheRetryCircuitBulkheadAndCloseRules() {
        List<String> rules = List.of("required_R08_safeOperationIsRetriedAfterTransientFailures",
                "required_R09_circuitOpensUnderSustainedFailure", "required_R11_bulkheadOverflowIsRefusedClearly",
                "required_R17_closeReleasesTheAdapterAndRefusesLaterCalls");
        List<String> run = new java.util.ArrayList<>(rules);
        run.add("required_R20_verifyKnownPerson_matchesEveryField");

        assertThat(failedRules(UndecoratedKit.class, run.toArray(String[]::new)))
                .containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void anAdapterThatReusesAnswers_failsTheThresholdAndConcurrencyRules() {
        // a single call on a fresh adapter still gets a true answer, so R21 passes: the kit needs R24/R25
        assertThat(failedRules(StaleAnswersKit.class, "required_R21_wrongName_isAMismatchBelowTheThreshold",
                "required_R24_thresholdDecidesFuzzyVerdicts", "required_R25_concurrentVerificationsOfDifferentPeopleDoNotMix"))
                .containsExactlyInAnyOrder("required_R24_thresholdDecidesFuzzyVerdicts",
                        "required_R25_concurrentVerificationsOfDifferentPeopleDoNotMix");
    }
}
