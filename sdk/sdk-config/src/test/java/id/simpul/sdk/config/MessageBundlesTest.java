package id.simpul.sdk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void everyMessage_hasAnIndonesianAndAnEnglishText() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
    }

    @Test
    void everyMessageWithAFix_hasItsFixInBothLanguages() throws IOException {
        Properties id = load("messages.properties");
        id.stringPropertyNames().stream()
                .filter(k -> k.startsWith("schema.") || k.startsWith("agency.") || k.startsWith("region.")
                        || k.startsWith("file.") || k.startsWith("delegation.") || k.startsWith("yaml."))
                .filter(k -> !k.endsWith(".fix") && !k.startsWith("schema.format") && !k.startsWith("schema.type")
                        && !k.startsWith("schema.enum.") && !k.startsWith("schema.pattern.") && !k.startsWith("region.level."))
                .forEach(k -> assertThat(id).as(k).containsKey(k + ".fix"));
    }

    @Test
    void everyMessage_isAValidPatternInBothLanguages() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties p = load(file);
            p.stringPropertyNames().forEach(k -> assertThat(new MessageFormat(p.getProperty(k), Locale.ROOT)
                    .format(new Object[] {"a", 2, 3, 4})).as(file + " " + k).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/id/simpul/sdk/config/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
