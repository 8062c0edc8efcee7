package id.simpul.adapters.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.spi.AdapterConfigurationException;
import id.simpul.sdk.spi.AdapterSettings;
import id.simpul.sdk.spi.RemoteFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsAndMappingTest {

    @Test
    void defaults_areTheDocumentedOnes() {
        ResilienceSettings d = ResilienceSettings.defaults();

        assertThat(d.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(d.failureRatePercent()).isEqualTo(50);
        assertThat(d.window()).isEqualTo(20);
        assertThat(d.minimumCalls()).isEqualTo(10);
        assertThat(d.openWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(d.maxConcurrent()).isEqualTo(16);
        assertThat(d.maxAttempts()).isEqualTo(3);
        assertThat(d.initialBackoff()).isEqualTo(Duration.ofMillis(200));
        assertThat(d.jitter()).isEqualTo(0.5);
    }

    @Test
    void settings_areReadPerSystem() {
        ResilienceSettings s = ResilienceSettings.from(AdapterSettings.of(Map.of(
                "simpul.adapters.dukcapil.timeout", "750ms", "simpul.adapters.oss.timeout", "9s")), "dukcapil");

        assertThat(s.timeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void outOfRangeSetting_isRefusedNamingTheKeyAndTheRange() {
        assertThatThrownBy(() -> ResilienceSettings.from(AdapterSettings.of(Map.of(
                "simpul.adapters.dukcapil.circuit.failure-rate", "150")), "dukcapil"))
                .isInstanceOf(AdapterConfigurationException.class)
                .hasMessageContaining("simpul.adapters.dukcapil.circuit.failure-rate").hasMessageContaining("1")
                .hasMessageContaining("100");
        assertThatThrownBy(() -> ResilienceSettings.from(AdapterSettings.of(Map.of(
                "simpul.adapters.dukcapil.timeout", "0s")), "dukcapil"))
                .hasMessageContaining("simpul.adapters.dukcapil.timeout");
        assertThatThrownBy(() -> ResilienceSettings.from(AdapterSettings.of(Map.of(
                "simpul.adapters.dukcapil.retry.jitter", "1.5")), "dukcapil"))
                .hasMessageContaining("simpul.adapters.dukcapil.retry.jitter");
    }

    @Test
    void httpStatuses_mapToFailureKinds() {
        assertThat(HttpFailures.ofStatus(200)).isEmpty();
        assertThat(HttpFailures.ofStatus(401)).contains(RemoteFailure.CREDENTIALS_REJECTED);
        assertThat(HttpFailures.ofStatus(403)).contains(RemoteFailure.CREDENTIALS_REJECTED);
        assertThat(HttpFailures.ofStatus(400)).contains(RemoteFailure.REQUEST_REFUSED);
        assertThat(HttpFailures.ofStatus(405)).contains(RemoteFailure.REQUEST_REFUSED);
        assertThat(HttpFailures.ofStatus(500)).contains(RemoteFailure.REMOTE_ERROR);
        assertThat(HttpFailures.ofStatus(503)).contains(RemoteFailure.UNAVAILABLE);
        assertThat(HttpFailures.ofStatus(504)).contains(RemoteFailure.TIMEOUT);
    }

    @Test
    void ioExceptions_mapByTheirKind() {
        assertThat(HttpFailures.ofException(new RuntimeException(new SocketTimeoutException("Read timed out"))))
                .contains(RemoteFailure.TIMEOUT);
        assertThat(HttpFailures.ofException(new RuntimeException(new ConnectException("refused"))))
                .contains(RemoteFailure.UNAVAILABLE);
        assertThat(HttpFailures.ofException(new IOException("reset"))).contains(RemoteFailure.UNAVAILABLE);
        assertThat(HttpFailures.ofException(new IllegalStateException("bug"))).isEmpty();
    }
}
