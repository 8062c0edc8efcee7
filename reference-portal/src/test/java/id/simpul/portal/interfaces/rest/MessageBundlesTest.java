package id.simpul.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.portal.domain.PortalProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** Outbox topic names look like message keys but are not texts. */
    private static final Set<String> OUTBOX_TOPICS = Set.of(id.simpul.portal.application.Outbox.STATUS_CHANGED,
            id.simpul.portal.application.Outbox.POPULATION_VERIFY);

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/id/simpul/portal/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bundles_indonesianAndEnglish_haveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .isEqualTo(load("messages.properties").stringPropertyNames());
    }

    @Test
    void bundles_haveATitleForEveryProblemKind() throws IOException {
        Properties id = load("messages.properties");
        for (PortalProblem.Kind k : PortalProblem.Kind.values()) {
            assertThat(id.getProperty("problem." + k.slug() + ".title")).as(k.name()).isNotBlank();
        }
    }

    @Test
    void bundles_holdEveryKeyTheCodeUses() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern used = Pattern.compile("\"((?:input|idempotency|authority|request|tracking|region|service|route|method|"
                + "media|auth|body|json|concurrent|internal|demo|licensing|adapters)\\.[a-z.-]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = used.matcher(Files.readString(f));
                while (m.find()) {
                    if (!keys.contains(m.group(1)) && !OUTBOX_TOPICS.contains(m.group(1))) {
                        missing.add(m.group(1) + " in " + f.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
