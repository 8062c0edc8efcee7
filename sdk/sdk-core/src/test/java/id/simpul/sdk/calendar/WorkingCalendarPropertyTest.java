package id.simpul.sdk.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import id.simpul.sdk.catalogue.ServiceLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingCalendarPropertyTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final LocalDate FIRST = LocalDate.of(2025, 1, 1);
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    /** Dates from which 150 working days still stay inside the bundled years. */
    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 500).map(FIRST::plusDays);
    }

    /** Instants in the same range, at any second of the day. */
    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(0, 500L * 86_400 - 1)
                .map(s -> FIRST.atStartOfDay(WIB).toInstant().plusSeconds(s));
    }

    @Property
    void plusWorkingDays_positive_isAlwaysAWorkingDay(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 150) int n) {
        assertThat(calendar.isWorkingDay(calendar.plusWorkingDays(d, n))).isTrue();
    }

    @Property
    void plusWorkingDays_isStrictlyMonotonicInN(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 149) int n) {
        assertThat(calendar.plusWorkingDays(d, n + 1)).isAfter(calendar.plusWorkingDays(d, n));
    }

    @Property
    void workingDaysBetween_dAndPlusWorkingDays_isN(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 0, max = 150) int n) {
        assertThat(calendar.workingDaysBetween(d, calendar.plusWorkingDays(d, n))).isEqualTo(n);
    }

    @Property
    void plusWorkingDays_backAndForth_returnsToAWorkingDay(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 100) int n) {
        LocalDate working = calendar.plusWorkingDays(d, 1);
        assertThat(calendar.plusWorkingDays(calendar.plusWorkingDays(working, n), -n)).isEqualTo(working);
    }

    @Property
    void plusWorkingDays_matchesADayByDayWalk(@ForAll("dates") LocalDate d, @ForAll @IntRange(min = 1, max = 40) int n) {
        LocalDate walk = d;
        for (int left = n; left > 0; ) {
            walk = walk.plusDays(1);
            if (calendar.isWorkingDay(walk)) {
                left--;
            }
        }
        assertThat(calendar.plusWorkingDays(d, n)).isEqualTo(walk);
    }

    @Property
    void workingTimeBetween_tAndPlusWorkingTime_isTheAmount(@ForAll("instants") Instant t,
                                                            @ForAll @IntRange(min = 0, max = 200 * 3600) int seconds) {
        Instant end = calendar.plusWorkingTime(t, Duration.ofSeconds(seconds));
        assertThat(calendar.workingTimeBetween(t, end)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Property
    void pauseAndResume_withoutWorkingTimeBetween_leaveTheDeadlineUnchanged(
            @ForAll("instants") Instant start, @ForAll @IntRange(min = 0, max = 72 * 3600) int beforePause,
            @ForAll @IntRange(min = 0, max = 72 * 3600) int pauseLength, @ForAll("levels") ServiceLevel level) {
        Instant pause = start.plusSeconds(beforePause);
        Instant resume = pause.plusSeconds(pauseLength);
        SlaClock running = SlaClock.notStarted(level, calendar).start(start);
        SlaClock resumed = running.pause(pause).resume(resume);
        if (calendar.workingTimeBetween(pause, resume).isZero()) {
            assertThat(resumed.deadline()).isEqualTo(running.deadline());
        } else {
            assertThat(resumed.deadline().orElseThrow()).isAfterOrEqualTo(running.deadline().orElseThrow());
        }
    }

    @Property
    void workingHourClock_pauseMovesTheDeadlineByExactlyThePausedWorkingTime(
            @ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 40) int hours,
            @ForAll @IntRange(min = 0, max = 72 * 3600) int beforePause, @ForAll @IntRange(min = 0, max = 72 * 3600) int pauseLength) {
        Instant pause = start.plusSeconds(beforePause);
        Instant resume = pause.plusSeconds(pauseLength);
        SlaClock running = SlaClock.notStarted(ServiceLevel.workingHours(hours), calendar).start(start);
        SlaClock resumed = running.pause(pause).resume(resume);
        Instant before = running.deadline().orElseThrow();
        Instant after = resumed.deadline().orElseThrow();
        assertThat(calendar.workingTimeBetween(before, after)).isEqualTo(calendar.workingTimeBetween(pause, resume));
        assertThat(resumed.elapsed(after).plus(resumed.remaining(after))).isEqualTo(Duration.ofHours(hours));
    }

    @Property
    void workingHourClock_elapsedPlusRemaining_isTheBudgetUntilTheDeadline(
            @ForAll("instants") Instant start, @ForAll @IntRange(min = 1, max = 40) int hours,
            @ForAll @IntRange(min = 0, max = 100) int percent) {
        SlaClock c = SlaClock.notStarted(ServiceLevel.workingHours(hours), calendar).start(start);
        Instant deadline = c.deadline().orElseThrow();
        Instant at = start.plusSeconds(Duration.between(start, deadline).getSeconds() * percent / 100);
        assertThat(c.elapsed(at).plus(c.remaining(at))).isEqualTo(Duration.ofHours(hours));
    }

    @Provide
    Arbitrary<ServiceLevel> levels() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 20).map(ServiceLevel::workingDays),
                Arbitraries.integers().between(1, 60).map(ServiceLevel::workingHours),
                Arbitraries.just(ServiceLevel.instant()));
    }
}
