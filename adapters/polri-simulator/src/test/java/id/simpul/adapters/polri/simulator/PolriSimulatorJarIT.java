package id.simpul.adapters.polri.simulator;

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

/** The runnable jar starts with its documented command, serves its WSDL and verifies a letter over SOAP. */
class PolriSimulatorJarIT {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/polri/verifikasi)");
    private static final Pattern VALID_LETTER = Pattern.compile("a valid lost-item letter \\(SKTLK\\): (\\S+)");

    @Test
    void jar_startsWithItsDocumentedCommand_andVerifiesALetter() throws Exception {
        Path jar = Path.of("target", "polri-simulator.jar");
        assertThat(jar).exists();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "--port=0", "--letters=40"))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String endpoint = null;
            String letter = null;
            for (String line = out.readLine(); line != null && letter == null; line = out.readLine()) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    endpoint = m.group(1);
                }
                Matcher n = VALID_LETTER.matcher(line);
                if (n.find()) {
                    letter = n.group(1);
                }
            }
            assertThat(endpoint).as("address printed at start").isNotNull();
            assertThat(letter).as("a valid letter printed at start").isNotNull();
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(endpoint + "?wsdl")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "text/xml; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(VerificationService.envelope(
                            "<v:VerifikasiSuratKehilanganRequest xmlns:v=\"" + VerificationService.NS + "\"><v:kredensial>"
                            + "<v:idPengguna>" + PolriSimulator.DEFAULT_USER + "</v:idPengguna><v:kataSandi>"
                            + PolriSimulator.DEFAULT_PASSWORD + "</v:kataSandi><v:kodeInstansi>DISDUKCAPIL-6112"
                            + "</v:kodeInstansi></v:kredensial><v:nomorSurat>" + letter
                            + "</v:nomorSurat></v:VerifikasiSuratKehilanganRequest>"))).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(wsdl.body()).contains("VerifikasiPortType", endpoint);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("<v:kodeRespon>00</v:kodeRespon>", "<v:statusSurat>BERLAKU</v:statusSurat>");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
