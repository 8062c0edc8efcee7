package id.simpul.federation;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.federation.internal.Bundle;
import id.simpul.federation.message.Refusal;
import id.simpul.sdk.LocalizedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every refusal and problem the module can raise has a message in Bahasa Indonesia and in English. */
class MessageBundleTest {

    private static final Pattern KEY_LITERAL = Pattern.compile(
            "new (FederationDataException|NodeKeyException)\\(\"([a-z0-9.-]+)\"");

    @Test
    void bothBundles_haveTheSameKeys() throws IOException {
        assertThat(bundle("messages_en.properties").stringPropertyNames())
                .isEqualTo(bundle("messages.properties").stringPropertyNames());
    }

    @Test
    void everyRefusalAndDirectoryProblem_hasAMessageInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(Refusal.values()).forEach(r -> keys.add("message." + r.code()));
        Arrays.stream(DirectoryProblem.values()).forEach(p -> keys.add("directory." + p.code()));
        keys.add("directory.unavailable");

        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(keys);
        for (String key : keys) {
            String id = LocalizedMessage.of(Bundle.NAME, key, "a", "b", "c").format(LocalizedMessage.INDONESIAN);
            String en = LocalizedMessage.of(Bundle.NAME, key, "a", "b", "c").format(Locale.ENGLISH);
            assertThat(id).as(key).isNotEqualTo(en).doesNotContain("{").doesNotStartWith(key);
        }
    }

    @Test
    void everyKeyUsedInTheCode_hasAMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    used.add((m.group(1).equals("FederationDataException") ? "data." : "key.") + m.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(bundle("messages.properties").stringPropertyNames()).containsAll(used);
        assertThat(bundle("messages_en.properties").stringPropertyNames()).containsAll(used);
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/id/simpul/federation/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
