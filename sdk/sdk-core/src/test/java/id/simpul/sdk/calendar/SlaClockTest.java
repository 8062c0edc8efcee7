package id.simpul.sdk.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.simpul.sdk.catalogue.ServiceLevel;
import id.simpul.sdk.region.RegionCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }

    private SlaClock clock(ServiceLevel level) {
        return SlaClock.notStarted(level, calendar);
    }

    @Test
    void workingDays_filedOnAWorkingDayBeforeClosing_countFromTheNextWorkingDay_dueAtClosing() {
        SlaClock c = clock(ServiceLevel.workingDays(1)).start(wib("2026-04-13T10:00"));
        assertThat(c.deadline()).contains(wib("2026-04-14T16:00"));
    }

    @Test
    void workingDays_filedAfterClosing_areReceivedOnTheNextWorkingDay() {
        SlaClock c = clock(ServiceLevel.workingDays(1)).start(wib("2026-04-13T16:30"));
        assertThat(c.deadline()).contains(wib("2026-04-15T16:00"));
    }

    @Test
    void workingDays_filedOnSaturday_areReceivedOnMonday() {
        SlaClock c = clock(ServiceLevel.workingDays(1)).start(wib("2026-04-11T09:00"));
        assertThat(c.deadline()).contains(wib("2026-04-14T16:00"));
    }

    @Test
    void workingDays_acrossIdulFitri_skipHolidaysAndCutiBersama() {
        SlaClock c = clock(ServiceLevel.workingDays(4)).start(wib("2026-03-16T09:00"));
        assertThat(c.deadline()).contains(wib("2026-03-27T16:00"));
    }

    @Test
    void workingHours_filedBeforeOpening_countFromOpening() {
        SlaClock c = clock(ServiceLevel.workingHours(3)).start(wib("2026-04-13T06:00"));
        assertThat(c.deadline()).contains(wib("2026-04-13T11:00"));
    }

    @Test
    void workingHours_spanningClosing_continueAtNextOpening() {
        SlaClock c = clock(ServiceLevel.workingHours(3)).start(wib("2026-04-17T14:00"));
        assertThat(c.deadline()).contains(wib("2026-04-20T09:00"));
    }

    @Test
    void workingHours_endingExactlyAtClosing_areDueAtClosing() {
        SlaClock c = clock(ServiceLevel.workingHours(3)).start(wib("2026-04-13T13:00"));
        assertThat(c.deadline()).contains(wib("2026-04-13T16:00"));
    }

    @Test
    void instant_isDueAtClosingOfTheDayOfReceipt() {
        assertThat(clock(ServiceLevel.instant()).start(wib("2026-04-13T10:00")).deadline())
                .contains(wib("2026-04-13T16:00"));
        assertThat(clock(ServiceLevel.instant()).start(wib("2026-04-11T10:00")).deadline())
                .contains(wib("2026-04-13T16:00"));
    }

    @Test
    void workingHours_inAWitaRegion_useWitaServiceHours() {
        WorkingCalendar makassar = WorkingCalendar.builder()
                .serviceHours(ServiceHours.forRegion(RegionCode.parse("73.71"))).build();
        Instant filed = LocalDateTime.parse("2026-04-13T06:00").atZone(ZoneId.of("Asia/Makassar")).toInstant();
        SlaClock c = SlaClock.notStarted(ServiceLevel.workingHours(1), makassar).start(filed);
        assertThat(c.deadline()).contains(
                LocalDateTime.parse("2026-04-13T09:00").atZone(ZoneId.of("Asia/Makassar")).toInstant());
    }

    @Test
    void pauseAndResume_duringServiceHours_moveTheDeadlineByThePausedWorkingTime() {
        SlaClock c = clock(ServiceLevel.workingHours(8)).start(wib("2026-04-13T08:00"))
                .pause(wib("2026-04-13T10:00")).resume(wib("2026-04-14T10:00"));
        assertThat(c.pausedTime()).isEqualTo(Duration.ofHours(8));
        assertThat(c.deadline()).contains(wib("2026-04-14T16:00"));
    }

    @Test
    void pauseAndResume_outsideServiceHours_leaveTheDeadlineUnchanged() {
        SlaClock running = clock(ServiceLevel.workingDays(2)).start(wib("2026-04-13T10:00"));
        SlaClock resumed = running.pause(wib("2026-04-13T17:00")).resume(wib("2026-04-14T07:30"));
        assertThat(resumed.deadline()).isEqualTo(running.deadline());
    }

    @Test
    void pauseAndResume_dayBased_roundTheMovedDeadlineUpToClosing() {
        SlaClock c = clock(ServiceLevel.workingDays(1)).start(wib("2026-04-13T10:00"))
                .pause(wib("2026-04-13T11:00")).resume(wib("2026-04-13T14:00"));
        assertThat(c.deadline()).contains(wib("2026-04-15T16:00"));
    }

    @Test
    void pauseAcrossIdulFitri_countsOnlyWorkingTime() {
        SlaClock c = clock(ServiceLevel.workingHours(40)).start(wib("2026-03-16T08:00"))
                .pause(wib("2026-03-17T10:00")).resume(wib("2026-03-25T10:00"));
        assertThat(c.pausedTime()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void reset_restartsTheCountFromZero() {
        SlaClock c = clock(ServiceLevel.workingHours(2)).start(wib("2026-04-13T08:00"))
                .pause(wib("2026-04-13T09:00")).reset(wib("2026-04-15T13:00"));
        assertThat(c.state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(c.startedAt()).contains(wib("2026-04-15T13:00"));
        assertThat(c.deadline()).contains(wib("2026-04-15T15:00"));
        assertThat(c.pausedTime()).isZero();
        assertThat(c.elapsed(wib("2026-04-15T14:00"))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void isBreached_onlyAfterTheDeadline() {
        SlaClock c = clock(ServiceLevel.workingHours(2)).start(wib("2026-04-13T08:00"));
        assertThat(c.isBreached(wib("2026-04-13T10:00"))).isFalse();
        assertThat(c.isBreached(wib("2026-04-13T10:00:01"))).isTrue();
    }

    @Test
    void remainingAndElapsed_countWorkingTime_andRemainingTurnsNegativeWhenOverdue() {
        SlaClock c = clock(ServiceLevel.workingHours(4)).start(wib("2026-04-17T14:00"));
        assertThat(c.elapsed(wib("2026-04-20T09:00"))).isEqualTo(Duration.ofHours(3));
        assertThat(c.remaining(wib("2026-04-20T09:00"))).isEqualTo(Duration.ofHours(1));
        assertThat(c.remaining(wib("2026-04-20T12:00"))).isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void pausedClock_freezesElapsedRemainingAndBreach() {
        SlaClock paused = clock(ServiceLevel.workingHours(2)).start(wib("2026-04-13T08:00"))
                .pause(wib("2026-04-13T09:00"));
        Instant muchLater = wib("2026-04-24T12:00");
        assertThat(paused.elapsed(muchLater)).isEqualTo(Duration.ofHours(1));
        assertThat(paused.remaining(muchLater)).isEqualTo(Duration.ofHours(1));
        assertThat(paused.isBreached(muchLater)).isFalse();
    }

    @Test
    void stop_keepsTheBreachAsItWasWhenStopped() {
        SlaClock late = clock(ServiceLevel.workingHours(1)).start(wib("2026-04-13T08:00")).stop(wib("2026-04-13T12:00"));
        SlaClock onTime = clock(ServiceLevel.workingHours(1)).start(wib("2026-04-13T08:00")).stop(wib("2026-04-13T08:30"));
        assertThat(late.isBreached(wib("2026-05-01T00:00"))).isTrue();
        assertThat(onTime.isBreached(wib("2026-05-01T00:00"))).isFalse();
        assertThat(onTime.stoppedAt()).contains(wib("2026-04-13T08:30"));
    }

    @Test
    void resume_ofARunningClock_isRefusedNamingTheState() {
        SlaClock running = clock(ServiceLevel.workingDays(1)).start(wib("2026-04-13T08:00"));
        assertThatThrownBy(() -> running.resume(wib("2026-04-13T09:00")))
                .isInstanceOfSatisfying(IllegalClockOperationException.class, e -> {
                    assertThat(e.getMessage()).contains("resume", "RUNNING");
                    assertThat(e.getMessage(Locale.ENGLISH)).contains("resume", "RUNNING");
                });
    }

    @Test
    void operations_onAStoppedOrUnstartedClock_areRefused() {
        SlaClock notStarted = clock(ServiceLevel.workingDays(1));
        SlaClock stopped = notStarted.start(wib("2026-04-13T08:00")).stop(wib("2026-04-13T09:00"));
        assertThatThrownBy(() -> notStarted.pause(wib("2026-04-13T08:00"))).isInstanceOf(IllegalClockOperationException.class);
        assertThatThrownBy(() -> notStarted.reset(wib("2026-04-13T08:00"))).isInstanceOf(IllegalClockOperationException.class);
        assertThatThrownBy(() -> stopped.reset(wib("2026-04-13T10:00"))).isInstanceOf(IllegalClockOperationException.class);
        assertThatThrownBy(() -> stopped.start(wib("2026-04-13T10:00"))).isInstanceOf(IllegalClockOperationException.class);
    }

    @Test
    void anEventBeforeTheLastOne_isRefused() {
        SlaClock running = clock(ServiceLevel.workingDays(1)).start(wib("2026-04-13T10:00"));
        assertThatThrownBy(() -> running.pause(wib("2026-04-13T09:59")))
                .isInstanceOf(IllegalClockOperationException.class).hasMessageContaining("pause");
    }

    @Test
    void deadlineInAYearWithoutData_isRefused() {
        assertThatThrownBy(() -> clock(ServiceLevel.workingDays(5)).start(wib("2026-12-29T10:00")))
                .isInstanceOf(CalendarYearNotAvailableException.class);
    }

    @Test
    void snapshot_restoresAnEqualClock_andInconsistentSnapshots_areRefused() {
        SlaClock c = clock(ServiceLevel.workingDays(3)).start(wib("2026-04-13T10:00")).pause(wib("2026-04-14T10:00"));
        assertThat(SlaClock.restore(c.snapshot(), calendar)).isEqualTo(c).hasSameHashCodeAs(c);
        SlaClock.Snapshot broken = new SlaClock.Snapshot(c.level(), SlaClock.State.RUNNING, null, null, null, null,
                Duration.ZERO, null);
        assertThatThrownBy(() -> SlaClock.restore(broken, calendar)).isInstanceOf(IllegalClockOperationException.class);
    }
}
