package id.simpul.adapters.oss;

import id.simpul.sdk.tck.MessageBundleChecks;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void indonesianAndEnglishBundles_haveTheSameKeys_andNoEmptyMessage() {
        MessageBundleChecks.assertBothLanguagesComplete(MessageBundlesTest.class, "/id/simpul/adapters/oss/");
    }
}
