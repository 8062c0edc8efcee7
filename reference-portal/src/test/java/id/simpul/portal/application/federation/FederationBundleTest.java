package id.simpul.portal.application.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The federation texts exist in Bahasa Indonesia (base) and English with the same keys and placeholders. */
class FederationBundleTest {

    @Test
    void bundles_haveTheSameKeysAndPlaceholders() throws IOException {
        Properties id = load("/id/simpul/portal/federation.properties");
        Properties en = load("/id/simpul/portal/federation_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        for (String key : id.stringPropertyNames()) {
            assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(id.getProperty(key)));
        }
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d+}").matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FederationBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
