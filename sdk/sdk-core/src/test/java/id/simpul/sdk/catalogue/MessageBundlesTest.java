package id.simpul.sdk.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message exists in Bahasa Indonesia and English with the same arguments, and every key the
 * catalogue, request, calendar and agency code uses is in its bundle.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Path SOURCES = Path.of("src/main/java/id/simpul/sdk");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    /**
     * Literals in the code that look like keys but are error codes or resource names. Problem codes
     * are checked by {@link #everyProblemCode_hasAMessage()}.
     */
    private static final Set<String> NOT_KEYS = Set.of("catalogue.invalid", "request.invalid", "registration.invalid",
            "calendar.data.invalid", "calendar.sla.illegal-operation", "holidays.index", "agency.invalid",
            "id.simpul.sdk.catalogue.messages", "id.simpul.sdk.request.messages", "id.simpul.sdk.calendar.messages",
            "id.simpul.sdk.agency.messages");

    static Stream<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().equals("messages.properties")).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyKey_existsInBothLanguages_withTheSameArguments(Path indonesian) throws IOException {
        Properties id = load(indonesian);
        Properties en = load(indonesian.resolveSibling("messages_en.properties"));

        assertThat(en.stringPropertyNames()).as(indonesian.toString()).isEqualTo(id.stringPropertyNames());
        for (String key : id.stringPropertyNames()) {
            assertThat(id.getProperty(key)).as(key).isNotBlank().isNotEqualTo(en.getProperty(key));
            assertThat(arguments(en.getProperty(key))).as(key).isEqualTo(arguments(id.getProperty(key)));
            new MessageFormat(id.getProperty(key), Locale.forLanguageTag("id"));
            new MessageFormat(en.getProperty(key), Locale.ENGLISH);
        }
    }

    @Test
    void everyKeyTheCodeUses_isInItsBundle() throws IOException {
        Set<String> known = new HashSet<>();
        for (String pkg : List.of("catalogue", "request", "calendar", "agency")) {
            known.addAll(load(RESOURCES.resolve("id/simpul/sdk/" + pkg + "/messages.properties")).stringPropertyNames());
        }
        Set<String> missing = new TreeSet<>();
        for (String pkg : List.of("catalogue", "request", "calendar", "agency")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.endsWith("ProblemCode.java")).toList()) {
                    Matcher m = LITERAL.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!NOT_KEYS.contains(m.group(1)) && !known.contains(m.group(1))) {
                            missing.add(m.group(1) + " in " + f.getFileName());
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(known).contains("form.invalid");
    }

    @Test
    void everyProblemCode_hasAMessage() throws IOException {
        Set<String> keys = load(RESOURCES.resolve("id/simpul/sdk/catalogue/messages.properties")).stringPropertyNames();
        for (ProblemCode p : ProblemCode.values()) {
            assertThat(keys).as(p.name()).anyMatch(k -> k.equals("problem." + p.code())
                    || k.startsWith("problem." + p.code() + "."));
        }
    }

    private static Set<String> arguments(String pattern) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
