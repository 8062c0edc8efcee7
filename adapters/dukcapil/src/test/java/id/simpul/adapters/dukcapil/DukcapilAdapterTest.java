package id.simpul.adapters.dukcapil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.adapters.support.CircuitState;
import id.simpul.adapters.support.ResilientAdapter;
import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.Adapters;
import id.simpul.sdk.spi.population.PopulationRegistry;
import id.simpul.sdk.spi.population.VerificationRequest;
import id.simpul.sdk.tck.population.KnownPerson;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DukcapilAdapterTest {

    private final DukcapilHarness harness = new DukcapilHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void serviceLoader_findsTheDukcapilAdapter_decorated() {
        PopulationRegistry registry = Adapters.load(PopulationRegistry.class, AdapterSettings.of(harness.connection()));
        KnownPerson p = harness.knownPeople().get(0);

        assertThat(registry.descriptor().system()).isEqualTo("dukcapil");
        assertThat(registry.verify(VerificationRequest.builder(p.nik()).fullName(p.fullName()).build()).allMatch())
                .isTrue();
        assertThat(ResilientAdapter.healthOf(registry).orElseThrow().circuit()).isEqualTo(CircuitState.CLOSED);
    }

    @Test
    void missingPassword_isRefusedNamingTheKey() {
        Map<String, String> settings = new HashMap<>(harness.connection());
        settings.remove("simpul.adapters.dukcapil.password");

        assertThatThrownBy(() -> new DukcapilAdapterProvider().create(AdapterSettings.of(settings)))
                .isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("simpul.adapters.dukcapil.password");
    }

    @Test
    void malformedUrl_isRefusedSayingWhatIsExpected_withoutRepeatingIt() {
        Map<String, String> settings = new HashMap<>(harness.connection());
        settings.put("simpul.adapters.dukcapil.url", "dukcapil-server:8080");

        assertThatThrownBy(() -> new DukcapilAdapterProvider().create(AdapterSettings.of(settings)))
                .isInstanceOfSatisfying(AdapterConfigurationException.class, e -> {
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("simpul.adapters.dukcapil.url",
                            "absolute http or https URL");
                    assertThat(e.getMessage()).doesNotContain("dukcapil-server");
                });
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "200|{\"content\":[{\"FOO\":\"BAR\"}],\"numberOfElements\":1,\"totalElements\":1}|MALFORMED_ANSWER",
        "200|{\"content\":[],\"numberOfElements\":0,\"totalElements\":0}|MALFORMED_ANSWER",
        "200|<html><body>Login proxy</body></html>|MALFORMED_ANSWER",
        "200|{\"content\":[{\"NIK\":\"Sesuai\",\"NAMA_LGKP\":\"Hampir (97)\"}]}|MALFORMED_ANSWER",
        "200|{\"content\":[{\"RESPON\":\"Kuota akses habis\"}]}|REMOTE_ERROR",
        "200|{\"content\":[{\"RESPONSE_CODE\":\"42\",\"RESPONSE\":\"x\"}]}|REMOTE_ERROR",
        "200|{\"content\":[{\"RESPONSE_CODE\":\"12\",\"RESPONSE\":\"IP tidak terdaftar\"}]}|CREDENTIALS_REJECTED",
        "401|{}|CREDENTIALS_REJECTED",
        "404|Not Found|REQUEST_REFUSED",
        "500|oops|REMOTE_ERROR",
        "504|gateway timeout|TIMEOUT"})
    void unexpectedAnswers_areMappedToTheirFailureKind(int status, String body, String kind) {
        PopulationRegistry registry = harness.create(Map.of("retry.max-attempts", "1"), java.time.Clock.systemUTC());
        harness.simulator().knobs().failNext(1, new id.simpul.adapters.simulator.SimResponse(status,
                body.startsWith("{") ? "application/json" : "text/html", body));
        KnownPerson p = harness.knownPeople().get(0);

        assertThatThrownBy(() -> registry.verify(VerificationRequest.builder(p.nik()).fullName(p.fullName()).build()))
                .isInstanceOfSatisfying(id.simpul.sdk.spi.RemoteCallException.class, e -> {
                    assertThat(e.kind()).hasToString(kind);
                    assertThat(e.getMessage()).doesNotContain("Kuota", "Login", "oops", "BAR");
                });
    }

    @Test
    void slowDripAnswer_endsAtTheTimeLimit() {
        PopulationRegistry registry = harness.create(Map.of("timeout", "300ms", "retry.max-attempts", "1"),
                java.time.Clock.systemUTC());
        harness.simulator().knobs().drip(java.time.Duration.ofMillis(200)).dripChunk(4);
        KnownPerson p = harness.knownPeople().get(0);

        assertThatThrownBy(() -> registry.verify(VerificationRequest.builder(p.nik()).fullName(p.fullName()).build()))
                .isInstanceOfSatisfying(id.simpul.sdk.spi.RemoteCallException.class,
                        e -> assertThat(e.kind()).isEqualTo(id.simpul.sdk.spi.RemoteFailure.TIMEOUT));
    }

    @Test
    void requestRefusedByTheService_isNotRetryable() {
        PopulationRegistry registry = harness.create(Map.of(), java.time.Clock.systemUTC());
        harness.remote().failing(id.simpul.sdk.spi.RemoteFailure.REQUEST_REFUSED, 1);
        KnownPerson p = harness.knownPeople().get(0);

        assertThatThrownBy(() -> registry.verify(VerificationRequest.builder(p.nik()).fullName(p.fullName()).build()))
                .isInstanceOfSatisfying(id.simpul.sdk.spi.RemoteCallException.class, e -> {
                    assertThat(e.kind()).isEqualTo(id.simpul.sdk.spi.RemoteFailure.REQUEST_REFUSED);
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.getMessage()).contains("RESPONSE_CODE 05");
                });
        assertThat(harness.remote().requests()).isEqualTo(1);
    }
}
