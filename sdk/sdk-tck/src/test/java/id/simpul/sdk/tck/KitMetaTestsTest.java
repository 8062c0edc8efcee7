package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
