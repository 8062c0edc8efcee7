package id.simpul.adapters.oss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The runnable jar starts with its documented command and answers like OSS. */
class OssSimulatorJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/oss-rba)");
    private static final Pattern KNOWN_NIB = Pattern.compile("a known NIB: (\\d{13})");

    @Test
    void jar_startsWithItsDocumentedCommand_andAnswersInqueryNib() throws Exception {
        Path jar = Path.of("target", "oss-simulator.jar");
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--port=0", "--businesses=20"))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String base = null;
            String nib = null;
            for (String line = out.readLine(); line != null && nib == null; line = out.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
                Matcher n = KNOWN_NIB.matcher(line);
                if (n.find()) {
                    nib = n.group(1);
                }
            }
            assertThat(base).as("address printed at start").isNotNull();
            assertThat(nib).as("a known NIB printed at start").isNotNull();

            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                            + "/inqueryNIB")).header("user_key", OssSimulator.DEFAULT_USER_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"INQUERYNIB\":{\"nib\":\"" + nib + "\"}}")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(OssSchemas.problems("InqueryNibAnswer", answer.body())).isEmpty();
            assertThat(answer.body()).contains("\"nib\":\"" + nib + "\"");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
