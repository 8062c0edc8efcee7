package id.simpul.adapters.oss;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.calendar.SlaClock;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.spi.licensing.LicenceStatusCode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OssSlaClockTest {

    // Monday 7 December 2026, 09:00 WIB
    private static final Instant MONDAY = Instant.parse("2026-12-07T02:00:00Z");
    private final SlaClock running = SlaClock.notStarted(ServiceLevel.workingDays(5), WorkingCalendar.indonesia()).start(MONDAY);

    @Test
    void status41_pauses_and42_resumesWithTheDeadlineMovedByThePause() {
        SlaClock paused = OssSlaClock.apply(LicenceStatusCode.SLA_STOPPED, running, MONDAY.plus(Duration.ofHours(1)));
        assertThat(paused.state()).isEqualTo(SlaClock.State.PAUSED);
        SlaClock resumed = OssSlaClock.apply(LicenceStatusCode.SLA_RESUMED, paused, MONDAY.plus(Duration.ofHours(3)));
        assertThat(resumed.state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(resumed.deadline().orElseThrow()).isAfter(running.deadline().orElseThrow());
    }

    @Test
    void repeatedStatus_changesNothing() {
        SlaClock paused = OssSlaClock.apply(LicenceStatusCode.SLA_STOPPED, running, MONDAY.plusSeconds(60));
        assertThat(OssSlaClock.apply(LicenceStatusCode.SLA_STOPPED, paused, MONDAY.plusSeconds(120))).isEqualTo(paused);
        assertThat(OssSlaClock.apply(LicenceStatusCode.SLA_RESUMED, running, MONDAY.plusSeconds(60))).isEqualTo(running);
    }

    @Test
    void status43_resetsAndHolds_then44_startsFromZero() {
        Instant later = MONDAY.plus(Duration.ofDays(1));
        SlaClock reset = OssSlaClock.apply(LicenceStatusCode.SLA_RESET, running, later);
        assertThat(reset.state()).isEqualTo(SlaClock.State.PAUSED);
        assertThat(reset.startedAt()).contains(later);
        Instant restartAt = later.plus(Duration.ofHours(2));
        SlaClock restarted = OssSlaClock.apply(LicenceStatusCode.SLA_RESTARTED, reset, restartAt);
        assertThat(restarted.state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(restarted.startedAt()).contains(restartAt);
    }

    @Test
    void finalStatuses_stopTheClock_othersLeaveItRunning() {
        for (LicenceStatusCode code : LicenceStatusCode.values()) {
            SlaClock after = OssSlaClock.apply(code, running, MONDAY.plusSeconds(60));
            if (code.isFinal()) {
                assertThat(after.state()).as(code.code()).isEqualTo(SlaClock.State.STOPPED);
            } else if (code.slaEffect() == id.simpul.sdk.spi.licensing.SlaEffect.NONE) {
                assertThat(after).as(code.code()).isEqualTo(running);
            }
        }
        assertThat(LicenceStatusCode.DEEMED_APPROVED.isFinal()).isTrue();
    }
}
