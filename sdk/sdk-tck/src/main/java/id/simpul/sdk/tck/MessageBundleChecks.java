package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Checks an adapter's message bundles: the base bundle (Bahasa Indonesia) and {@code _en} have the same
 * keys, none is empty, and no message is left untranslated (the same text in both).
 */
public final class MessageBundleChecks {

    private MessageBundleChecks() {
    }

    /**
     * @param anchor    a class whose class loader sees the bundles
     * @param directory the resource folder of the bundles, e.g. {@code /id/simpul/adapters/oss/}
     */
    public static void assertBothLanguagesComplete(Class<?> anchor, String directory) {
        Properties id = load(anchor, directory + "messages.properties");
        Properties en = load(anchor, directory + "messages_en.properties");
        assertThat(id.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        id.stringPropertyNames().forEach(k -> {
            assertThat(id.getProperty(k)).as(k).isNotBlank().isNotEqualTo(en.getProperty(k));
        });
    }

    private static Properties load(Class<?> anchor, String name) {
        Properties p = new Properties();
        try (InputStream in = anchor.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return p;
    }
}
