package id.simpul.sdk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.LocalizedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bahasa Indonesia first, English second: every message exists in both, and says something. */
class MessageBundlesTest {

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(in);
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/simpul/sdk/identity/messages", "/id/simpul/sdk/region/messages"})
    void indonesianAndEnglishBundles_haveTheSameKeys(String base) throws IOException {
        Properties indonesian = load(base + ".properties");
        Properties english = load(base + "_en.properties");

        assertThat(indonesian.stringPropertyNames()).isNotEmpty().isEqualTo(english.stringPropertyNames());
        for (String key : indonesian.stringPropertyNames()) {
            assertThat(indonesian.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
        }
    }

    @ParameterizedTest
    @EnumSource(NikProblem.class)
    void everyNikProblem_hasAMessageInBothLanguages(NikProblem problem) {
        assertRendered(problem.messageKey());
    }

    @ParameterizedTest
    @EnumSource(KkProblem.class)
    void everyKkProblem_hasAMessageInBothLanguages(KkProblem problem) {
        assertRendered(problem.messageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"region.code.empty", "region.code.shape", "region.code.province", "region.code.regency",
            "region.code.district", "region.code.village", "region.dataset.missing", "region.dataset.unreadable",
            "region.dataset.corrupt"})
    void everyRegionMessage_rendersInBothLanguages(String key) {
        Stream.of(Locale.forLanguageTag("id"), Locale.ENGLISH).forEach(locale -> assertThat(
                LocalizedMessage.of("id.simpul.sdk.region.messages", key, "a", "b", "c").format(locale))
                .as(key).doesNotStartWith(key).doesNotContain("{0}"));
    }

    private static void assertRendered(String key) {
        String id = LocalizedMessage.of(NikValidation.BUNDLE, key, 7).format(Locale.forLanguageTag("id"));
        String en = LocalizedMessage.of(NikValidation.BUNDLE, key, 7).format(Locale.ENGLISH);
        String fallback = LocalizedMessage.of(NikValidation.BUNDLE, key, 7).format(Locale.JAPANESE);

        assertThat(Arrays.asList(id, en)).allSatisfy(m -> assertThat(m).doesNotStartWith(key).doesNotContain("{0}"));
        assertThat(id).isNotEqualTo(en);
        assertThat(fallback).isEqualTo(id);
    }
}
