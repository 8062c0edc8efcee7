package id.simpul.sdk.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every JSON message exists in Bahasa Indonesia and English, and every key the code uses exists. */
class MessageBundlesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/id/simpul/sdk/json");
    private static final Path SOURCES = Path.of("src/main/java/id/simpul/sdk/json");
    private static final Pattern KEY = Pattern.compile("\"(json\\.[a-z0-9.-]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Set<String> NOT_KEYS = Set.of("json.invalid", "json.setup");

    @Test
    void everyKey_existsInBothLanguages_withTheSameArguments() throws IOException {
        Properties id = load("messages.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).isEqualTo(id.stringPropertyNames());
        for (String key : id.stringPropertyNames()) {
            assertThat(id.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
            assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(id.getProperty(key)));
            new MessageFormat(id.getProperty(key), Locale.forLanguageTag("id"));
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }

    @Test
    void everyKeyTheCodeUses_isInTheBundle() throws IOException {
        Set<String> known = load("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    if (!NOT_KEYS.contains(m.group(1)) && !known.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLE.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
