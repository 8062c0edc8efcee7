package id.simpul.adapters.dukcapil.simulator;

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

/** The runnable jar starts with its documented command and answers like the service. */
class DukcapilSimulatorJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern FIRST_NIK = Pattern.compile("^\\s+(\\d{16})\\s");

    @Test
    void jar_startsWithItsDocumentedCommand_andAnswersVerifyByElement() throws Exception {
        Path jar = Path.of("target", "dukcapil-simulator.jar");
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--port", "0", "--people", "20"))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String base = null;
            String nik = null;
            for (String line = out.readLine(); line != null && nik == null; line = out.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    base = m.group(1);
                }
                Matcher n = FIRST_NIK.matcher(line);
                if (n.find()) {
                    nik = n.group(1);
                }
            }
            assertThat(base).as("address printed at start").isNotNull();
            assertThat(nik).as("a synthetic NIK printed at start").isNotNull();

            String body = "{\"user_id\":\"" + DukcapilSimulator.DEFAULT_USER + "\",\"password\":\""
                    + DukcapilSimulator.DEFAULT_PASSWORD + "\",\"ip_user\":\"127.0.0.1\",\"NIK\":\"" + nik
                    + "\",\"NAMA_LGKP\":\"X\",\"TRESHOLD\":\"80\"}";
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                            + DukcapilSimulator.ROUTE + DukcapilSimulator.DEFAULT_INSTITUTION + "/CALL_VERIFY_BY_ELEMEN"))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"NIK\":\"Sesuai\"", "\"NAMA_LGKP\":\"Tidak Sesuai (");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
