package id.simpul.sdk.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.spi.RemoteFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedRemoteTest {

    private final List<String> steps = new ArrayList<>();

    private SimulatedRemote.Builder complete() {
        return SimulatedRemote.builder()
                .reset(() -> steps.add("reset"))
                .delay(d -> steps.add("delay " + d))
                .outage(down -> steps.add("outage " + down))
                .failing(RemoteFailure.UNAVAILABLE, n -> steps.add("503 x" + n))
                .failing(RemoteFailure.MALFORMED_ANSWER, n -> steps.add("cut x" + n))
                .requests(() -> 42);
    }

    @Test
    void everyStep_isPassedToTheSimulator() {
        RemoteControl remote = complete().build();

        remote.reset();
        remote.delay(Duration.ofMillis(250));
        remote.outage(true);
        remote.failing(RemoteFailure.UNAVAILABLE, 3);
        remote.failing(RemoteFailure.MALFORMED_ANSWER, RemoteControl.FOREVER);

        assertThat(steps).containsExactly("reset", "delay PT0.25S", "outage true", "503 x3",
                "cut x" + RemoteControl.FOREVER);
        assertThat(remote.requests()).isEqualTo(42);
        assertThat(remote.failuresSimulated())
                .containsExactlyInAnyOrder(RemoteFailure.UNAVAILABLE, RemoteFailure.MALFORMED_ANSWER);
    }

    @Test
    void failingOfAKindNotSimulated_isRefusedNamingTheKind() {
        RemoteControl remote = complete().build();

        assertThatThrownBy(() -> remote.failing(RemoteFailure.TIMEOUT, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TIMEOUT");
        assertThat(steps).isEmpty();
    }

    @Test
    void build_withAStepMissing_isRefusedNamingIt() {
        assertThatThrownBy(() -> SimulatedRemote.builder().reset(() -> { }).delay(d -> { }).outage(b -> { })
                .failing(RemoteFailure.UNAVAILABLE, n -> { }).build())
                .hasMessageContaining("requests");
        assertThatThrownBy(() -> SimulatedRemote.builder().reset(() -> { }).delay(d -> { }).outage(b -> { })
                .requests(() -> 0).build())
                .hasMessageContaining("failure kind");
    }
}
