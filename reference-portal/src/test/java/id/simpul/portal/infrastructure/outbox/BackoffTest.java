package id.simpul.portal.infrastructure.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(1));

    @Test
    void after_doublesFromTheInitialWait() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void after_manyFailures_staysAtTheMaximum() {
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(1_000)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void backoff_maximumBelowInitial_isRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jittered_staysBetweenHalfAndAllOfTheWait() {
        assertThat(backoff.jittered(2, 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.jittered(2, 0.5)).isEqualTo(Duration.ofMillis(7_500));
        assertThat(backoff.jittered(2, 0.999_999)).isLessThan(Duration.ofSeconds(10))
                .isGreaterThanOrEqualTo(Duration.ofMillis(9_999));
    }

    @Test
    void jittered_randomOutsideTheUnitInterval_isRefused() {
        assertThatThrownBy(() -> backoff.jittered(1, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> backoff.jittered(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
