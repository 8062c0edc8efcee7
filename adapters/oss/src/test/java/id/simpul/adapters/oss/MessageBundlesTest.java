package id.simpul.adapters.oss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    @Test
    void indonesianAndEnglishBundles_haveTheSameKeys_andNoEmptyMessage() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(id.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        id.stringPropertyNames().forEach(k -> {
            assertThat(id.getProperty(k)).as(k).isNotBlank().isNotEqualTo(en.getProperty(k));
        });
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/id/simpul/adapters/oss/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
