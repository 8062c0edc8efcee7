package id.simpul.sdk.calendar;

import id.simpul.sdk.catalogue.ServiceLevel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The running count of a request's completion time against its service level (jangka waktu
 * penyelesaian). Immutable: every operation returns a new clock.
 *
 * <p><b>Counting rules.</b>
 * <ul>
 *   <li>Working days: a request filed on a working day before closing time is received that day;
 *   otherwise (after closing, on a weekend or holiday) it is received on the next working day. The
 *   day of receipt is day 0, and the deadline is closing time of the N-th working day after it.
 *   Filed Monday 10:00 with 1 working day: due Tuesday at closing.</li>
 *   <li>Working hours: N hours of service hours from the filing instant (from the next opening when
 *   filed outside them).</li>
 *   <li>Instant: due at closing time of the day of receipt.</li>
 *   <li>{@link #pause} stops the count (the request went back to the applicant); {@link #resume}
 *   moves the deadline later by exactly the working time the pause lasted, so a pause outside
 *   service hours changes nothing. Day-based deadlines then round up to that day's closing time.</li>
 *   <li>{@link #reset} starts over from zero at the given instant, as OSS RBA's SLA reset and
 *   restart (status 43/44) require; {@link #stop} freezes the clock when the request is closed.</li>
 * </ul>
 * Working time is measured to the second in the calendar's {@link ServiceHours}.
 */
public final class SlaClock {

    /** Where a clock is in its life. */
    public enum State {
        /** Created with the request, not yet counting. */
        NOT_STARTED,
        /** Counting. */
        RUNNING,
        /** Not counting until resumed (request returned for completion). */
        PAUSED,
        /** Finished: the request was completed, rejected or cancelled. */
        STOPPED
    }

    private final ServiceLevel level;
    private final WorkingCalendar calendar;
    private final State state;
    private final Instant startedAt;
    private final Instant deadline;
    private final Instant frozenAt;
    private final Instant stoppedAt;
    private final long pausedSeconds;
    private final Instant lastEventAt;

    private SlaClock(ServiceLevel level, WorkingCalendar calendar, State state, Instant startedAt, Instant deadline,
                     Instant frozenAt, Instant stoppedAt, long pausedSeconds, Instant lastEventAt) {
        this.level = level;
        this.calendar = calendar;
        this.state = state;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.frozenAt = frozenAt;
        this.stoppedAt = stoppedAt;
        this.pausedSeconds = pausedSeconds;
        this.lastEventAt = lastEventAt;
    }

    /** A clock for the service level that has not started. */
    public static SlaClock notStarted(ServiceLevel level, WorkingCalendar calendar) {
        return new SlaClock(Objects.requireNonNull(level, "level"), Objects.requireNonNull(calendar, "calendar"),
                State.NOT_STARTED, null, null, null, null, 0, null);
    }

    /**
     * The state of a clock as plain values, for storing it. The deadline is stored, not recomputed,
     * so a later correction of holiday data does not move deadlines already announced.
     */
    public record Snapshot(ServiceLevel level, State state, Instant startedAt, Instant deadline, Instant frozenAt,
                           Instant stoppedAt, Duration pausedTime, Instant lastEventAt) {
    }

    public Snapshot snapshot() {
        return new Snapshot(level, state, startedAt, deadline, frozenAt, stoppedAt, pausedTime(), lastEventAt);
    }

    /**
     * A clock from a stored snapshot.
     *
     * @throws IllegalClockOperationException when the snapshot's fields do not fit its state
     */
    public static SlaClock restore(Snapshot s, WorkingCalendar calendar) {
        Objects.requireNonNull(s, "snapshot");
        boolean started = s.state() != State.NOT_STARTED;
        boolean consistent = s.level() != null && s.pausedTime() != null && !s.pausedTime().isNegative()
                && started == (s.startedAt() != null) && started == (s.deadline() != null)
                && started == (s.lastEventAt() != null)
                && (s.state() == State.PAUSED || s.state() == State.STOPPED) == (s.frozenAt() != null)
                && (s.state() == State.STOPPED) == (s.stoppedAt() != null);
        if (!consistent) {
            throw new IllegalClockOperationException("calendar.sla.snapshot", String.valueOf(s.state()));
        }
        return new SlaClock(s.level(), Objects.requireNonNull(calendar, "calendar"), s.state(), s.startedAt(),
                s.deadline(), s.frozenAt(), s.stoppedAt(), s.pausedTime().getSeconds(), s.lastEventAt());
    }

    /** Starts counting at the filing instant. */
    public SlaClock start(Instant at) {
        require(at, "start", State.NOT_STARTED);
        return running(at);
    }

    /** Stops counting until {@link #resume}. */
    public SlaClock pause(Instant at) {
        require(at, "pause", State.RUNNING);
        return new SlaClock(level, calendar, State.PAUSED, startedAt, deadline, at, null, pausedSeconds, at);
    }

    /** Counts again; the deadline moves later by the working time spent paused. */
    public SlaClock resume(Instant at) {
        require(at, "resume", State.PAUSED);
        long paused = calendar.time().secondsBetween(frozenAt, at);
        return new SlaClock(level, calendar, State.RUNNING, startedAt, shift(deadline, paused), null, null,
                pausedSeconds + paused, at);
    }

    /** Starts over from zero at the given instant, whether running or paused. */
    public SlaClock reset(Instant at) {
        require(at, "reset", State.RUNNING, State.PAUSED);
        return running(at);
    }

    /** Freezes the clock for good; breach and elapsed time stay as they were at this instant. */
    public SlaClock stop(Instant at) {
        require(at, "stop", State.RUNNING, State.PAUSED);
        Instant frozen = state == State.PAUSED ? frozenAt : at;
        return new SlaClock(level, calendar, State.STOPPED, startedAt, deadline, frozen, at, pausedSeconds, at);
    }

    private SlaClock running(Instant at) {
        return new SlaClock(level, calendar, State.RUNNING, at, initialDeadline(at), null, null, 0, at);
    }

    private Instant initialDeadline(Instant filed) {
        WorkingTime t = calendar.time();
        return switch (level.unit()) {
            case WORKING_HOURS -> t.plus(filed, level.amount() * 3600L);
            case WORKING_DAYS -> t.closing(calendar.plusWorkingDays(t.receiptDay(filed), level.amount()));
            case INSTANT -> t.closing(t.receiptDay(filed));
        };
    }

    private Instant shift(Instant from, long seconds) {
        if (seconds == 0) {
            return from;
        }
        Instant moved = calendar.time().plus(from, seconds);
        return level.unit() == ServiceLevel.Unit.WORKING_HOURS ? moved : calendar.time().closingOfDay(moved);
    }

    private void require(Instant at, String operation, State... allowed) {
        Objects.requireNonNull(at, "at");
        boolean ok = false;
        for (State s : allowed) {
            ok |= s == state;
        }
        if (!ok) {
            throw new IllegalClockOperationException("calendar.sla.state", operation, state.name());
        }
        if (lastEventAt != null && at.isBefore(lastEventAt)) {
            throw new IllegalClockOperationException("calendar.sla.time-backwards", operation, at.toString(),
                    lastEventAt.toString());
        }
    }

    public State state() {
        return state;
    }

    public ServiceLevel level() {
        return level;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** When counting began, or began again after a reset. */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(startedAt);
    }

    /**
     * When the service is due; empty before the start. While paused, the deadline that applied
     * when the pause began (it moves on resume).
     */
    public Optional<Instant> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The local date of the deadline in the office's time zone. */
    public Optional<LocalDate> deadlineDate() {
        return deadline().map(d -> d.atZone(calendar.serviceHours().zone()).toLocalDate());
    }

    /** When the current pause began. */
    public Optional<Instant> pausedAt() {
        return state == State.PAUSED ? Optional.of(frozenAt) : Optional.empty();
    }

    public Optional<Instant> stoppedAt() {
        return Optional.ofNullable(stoppedAt);
    }

    /** Working time spent in pauses that have ended. */
    public Duration pausedTime() {
        return Duration.ofSeconds(pausedSeconds);
    }

    /** The last instant the clock was started, paused, resumed, reset or stopped. */
    public Optional<Instant> lastEventAt() {
        return Optional.ofNullable(lastEventAt);
    }

    /** Working time counted so far (pauses excluded) as seen at {@code at}. */
    public Duration elapsed(Instant at) {
        if (state == State.NOT_STARTED) {
            return Duration.ZERO;
        }
        long total = calendar.time().secondsBetween(startedAt, countedUntil(at));
        return Duration.ofSeconds(Math.max(0, total - pausedSeconds));
    }

    /** Working time left until the deadline at {@code at}; negative once overdue; zero before the start. */
    public Duration remaining(Instant at) {
        if (state == State.NOT_STARTED) {
            return Duration.ZERO;
        }
        Instant now = countedUntil(at);
        return now.isAfter(deadline) ? calendar.workingTimeBetween(deadline, now).negated()
                : calendar.workingTimeBetween(now, deadline);
    }

    /** Whether the deadline had passed while the clock was counting, as seen at {@code at}. */
    public boolean isBreached(Instant at) {
        return state != State.NOT_STARTED && countedUntil(at).isAfter(deadline);
    }

    private Instant countedUntil(Instant at) {
        Objects.requireNonNull(at, "at");
        return state == State.RUNNING ? at : frozenAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SlaClock c && level.equals(c.level) && calendar.equals(c.calendar) && state == c.state
                && Objects.equals(startedAt, c.startedAt) && Objects.equals(deadline, c.deadline)
                && Objects.equals(frozenAt, c.frozenAt) && Objects.equals(stoppedAt, c.stoppedAt)
                && pausedSeconds == c.pausedSeconds && Objects.equals(lastEventAt, c.lastEventAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, state, startedAt, deadline, frozenAt, stoppedAt, pausedSeconds, lastEventAt);
    }

    @Override
    public String toString() {
        return "SlaClock[" + level + ", " + state + (deadline == null ? "" : ", due " + deadline) + "]";
    }
}
