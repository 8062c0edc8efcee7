package id.simpul.sdk.authority;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.region.RegionLevel;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the authority code uses is in its bundle, in both languages. */
class AuthorityMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/id/simpul/sdk/authority");
    private static final Path BUNDLE = Path.of("src/main/resources/id/simpul/sdk/authority/messages.properties");
    private static final Pattern KEY_CALL = Pattern.compile(
            "(?:msg|InvalidAuthorityException|refuse\\(query, [A-Za-z_.]+, [^\"]*)\\(?\\s*\"([a-z][a-z0-9-]*(?:\\.[a-z0-9_-]+)+)\"");

    @Test
    void everyKeyTheCodeUses_isInTheBundle() throws IOException {
        Set<String> known = load(BUNDLE).stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(f).replaceAll("\\s+", " ");
                Matcher m = KEY_CALL.matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
                Matcher literal = Pattern.compile("\"((?:refusal|config|link|decision|note|condition|instrument)"
                        + "\\.[a-z0-9.-]*[a-z0-9-])\"").matcher(text);
                while (literal.find()) {
                    used.add(literal.group(1));
                }
            }
        }
        used.addAll(dynamicKeys());

        assertThat(used).hasSizeGreaterThan(60);
        assertThat(known).containsAll(used);
    }

    @Test
    void englishBundle_hasTheSameKeys() throws IOException {
        assertThat(load(BUNDLE.resolveSibling("messages_en.properties")).stringPropertyNames())
                .isEqualTo(load(BUNDLE).stringPropertyNames());
    }

    private static List<String> dynamicKeys() {
        List<String> keys = new ArrayList<>();
        for (ConditionCheck.Outcome o : ConditionCheck.Outcome.values()) {
            if (o != ConditionCheck.Outcome.MET) {
                keys.add("refusal.condition." + o.name().toLowerCase(Locale.ROOT));
            }
        }
        for (RegionLevel l : RegionLevel.values()) {
            keys.add("region.level." + l.name().toLowerCase(Locale.ROOT));
        }
        for (SubjectKind k : SubjectKind.values()) {
            keys.add("subject." + k.configName());
        }
        for (AgreementKind k : AgreementKind.values()) {
            keys.add("agreement.kind." + k.configName());
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
