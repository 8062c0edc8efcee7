package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class KitMetaTestsTest {

    @Test
    void failedRules_namesOnlyTheRulesThatFailed() {
        assertThat(KitMetaTests.failedRules(SampleKit.class, "holds", "broken")).containsExactly("broken");
        assertThat(KitMetaTests.failedRules(SampleKit.class, "holds")).isEmpty();
    }

    @Test
    void failedRules_withARuleThatDoesNotExist_isRefused() {
        assertThatThrownBy(() -> KitMetaTests.failedRules(SampleKit.class, "holds", "noSuchRule"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void bundles_completeInBothLanguages_pass() {
        MessageBundleChecks.assertBothLanguagesComplete(KitMetaTestsTest.class, "/id/simpul/sdk/tck/bundles/complete/");
    }

    @Test
    void bundles_withAMissingKeyOrAnUntranslatedMessage_fail() {
        assertThatThrownBy(() -> MessageBundleChecks.assertBothLanguagesComplete(KitMetaTestsTest.class,
                "/id/simpul/sdk/tck/bundles/missing/")).isInstanceOf(AssertionError.class).hasMessageContaining("contoh.lain");
        assertThatThrownBy(() -> MessageBundleChecks.assertBothLanguagesComplete(KitMetaTestsTest.class,
                "/id/simpul/sdk/tck/bundles/untranslated/")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("contoh.lain");
        assertThatThrownBy(() -> MessageBundleChecks.assertBothLanguagesComplete(KitMetaTestsTest.class,
                "/id/simpul/sdk/tck/bundles/absent/")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("messages.properties");
    }

    @Test
    void staleAnswers_repeatsTheFirstAnswerOfTheOperation_only() {
        AtomicInteger calls = new AtomicInteger();
        IntUnaryOperator real = x -> {
            calls.incrementAndGet();
            return x * 2;
        };
        IntUnaryOperator stale = KitMetaTests.staleAnswers(IntUnaryOperator.class, real, "applyAsInt");

        assertThat(stale.applyAsInt(1)).isEqualTo(2);
        assertThat(stale.applyAsInt(5)).isEqualTo(2);
        assertThat(calls).hasValue(1);
    }

    @Test
    void staleAnswers_passesTheAdaptersOwnFailureThrough() {
        IntUnaryOperator failing = x -> {
            throw new IllegalStateException("remote down");
        };
        IntUnaryOperator stale = KitMetaTests.staleAnswers(IntUnaryOperator.class, failing, "applyAsInt");

        assertThatThrownBy(() -> stale.applyAsInt(1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("remote down");
    }
}
