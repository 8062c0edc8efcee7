package id.simpul.adapters.polri.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PolriSimulatorTest {

    private static final Clock DAY = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private final HttpClient http = HttpClient.newHttpClient();
    private PolriSimulator sim;

    @BeforeEach
    void start() {
        sim = PolriSimulator.builder().clock(DAY).credentials("u", "p").start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void seededRecords_sameSeedAndDay_areIdentical() {
        PolriRecords a = PolriRecords.seeded(7, LocalDate.of(2026, 12, 6), 50);
        PolriRecords b = PolriRecords.seeded(7, LocalDate.of(2026, 12, 6), 50);
        LostReportRecord first = a.findLostReport(r -> true).orElseThrow();
        assertThat(b.lostReport(first.number())).contains(first);
        assertThat(first.number()).matches("SKTLK/\\d{4}/[IVX]+/\\d{4}/POL[A-Z]+-\\d{4,6}");
        assertThat(first.validUntil()).isEqualTo(first.reportedOn().plusDays(14));
    }

    @Test
    void seededRecords_coverEveryLetterStatus() {
        PolriRecords records = sim.records();
        for (String status : new String[] {"BERLAKU", "KEDALUWARSA", "DICABUT"}) {
            assertThat(records.findLostReport(r -> status.equals(r.statusOn(records.today())))).as(status).isPresent();
        }
    }

    @Test
    void verify_knownLetterWithReporterNik_answersFoundAndMatch() throws Exception {
        LostReportRecord letter = sim.records().findLostReport(r -> !r.revoked()).orElseThrow();
        HttpResponse<String> response = post(verify("u", "p", letter.number(), letter.reporter().value()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<v:kodeRespon>00</v:kodeRespon>", "<v:pelaporSesuai>true</v:pelaporSesuai>",
                "<v:kodeKantor>" + letter.office().code() + "</v:kodeKantor>")
                .doesNotContain(letter.reporter().value());
    }

    @Test
    void verify_wrongPassword_answersCode90() throws Exception {
        LostReportRecord letter = sim.records().findLostReport(r -> true).orElseThrow();
        assertThat(post(verify("u", "wrong", letter.number(), null)).body()).contains("<v:kodeRespon>90</v:kodeRespon>");
    }

    @Test
    void verify_unknownNumber_answersCode01_malformedNumberCode02() throws Exception {
        assertThat(post(verify("u", "p", "SKTLK/9999/I/2026/POLSEK-611201", null)).body())
                .contains("<v:kodeRespon>01</v:kodeRespon>");
        assertThat(post(verify("u", "p", "123", null)).body()).contains("<v:kodeRespon>02</v:kodeRespon>");
    }

    @Test
    void request_againstSchema_isRefusedWithClientFault() throws Exception {
        String bad = VerificationService.envelope("<v:VerifikasiSuratKehilanganRequest xmlns:v=\""
                + VerificationService.NS + "\"><v:nomorSurat>X</v:nomorSurat></v:VerifikasiSuratKehilanganRequest>");
        HttpResponse<String> response = post(bad);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("soap:Client", "skema");
    }

    @Test
    void outage_cutsTheConnection_andRecovers() throws Exception {
        String request = verify("u", "p", "SKTLK/9999/I/2026/POLSEK-611201", null);
        sim.knobs().outage(true);
        assertThatThrownBy(() -> post(request)).isInstanceOf(IOException.class);
        sim.knobs().outage(false);
        assertThat(post(request).statusCode()).isEqualTo(200);
    }

    @Test
    void malformed_cutsTheAnswerInTheMiddle() throws Exception {
        sim.knobs().malformNext(1);
        assertThat(post(verify("u", "p", "SKTLK/9999/I/2026/POLSEK-611201", null)).body())
                .startsWith("<?xml").doesNotContain("</soap:Envelope>");
    }

    @Test
    void refuseCredentialsNext_answersCode90_thenAcceptsAgain() throws Exception {
        String request = verify("u", "p", "SKTLK/9999/I/2026/POLSEK-611201", null);
        sim.refuseCredentialsNext(1);
        assertThat(post(request).body()).contains("<v:kodeRespon>90</v:kodeRespon>");
        assertThat(post(request).body()).contains("<v:kodeRespon>01</v:kodeRespon>");
    }

    @Test
    void wsdl_isServedWithTheSimulatorsAddress() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(java.net.URI.create(sim.endpoint() + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).contains(sim.endpoint() + "\"", "MODEL, NOT AN OFFICIAL INTERFACE");
    }

    private HttpResponse<String> post(String xml) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(sim.endpoint()).header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String verify(String user, String password, String number, String nik) {
        return VerificationService.envelope("<v:VerifikasiSuratKehilanganRequest xmlns:v=\"" + VerificationService.NS
                + "\"><v:kredensial><v:idPengguna>" + user + "</v:idPengguna><v:kataSandi>" + password
                + "</v:kataSandi><v:kodeInstansi>DISDUKCAPIL-6112</v:kodeInstansi></v:kredensial><v:nomorSurat>"
                + number + "</v:nomorSurat>" + (nik == null ? "" : "<v:nikPelapor>" + nik + "</v:nikPelapor>")
                + "</v:VerifikasiSuratKehilanganRequest>");
    }
}
