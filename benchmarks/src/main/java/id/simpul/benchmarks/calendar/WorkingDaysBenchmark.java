package id.simpul.benchmarks.calendar;

import id.simpul.sdk.calendar.SlaClock;
import id.simpul.sdk.calendar.WorkingCalendar;
import id.simpul.sdk.catalogue.ServiceLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How fast {@link WorkingCalendar#plusWorkingDays} is, against plain {@link LocalDate#plusDays} on
 * the same inputs in the same run (the baseline), and against a naive day-by-day walk over
 * {@link WorkingCalendar#isWorkingDay}. Also an SLA clock start, which computes a deadline.
 *
 * <p>Inputs: 1024 start dates spread over 2025 and the first half of 2026, 1 to 30 working days.
 * Run {@link #main} to print each score and its ratio to the baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingDaysBenchmark {

    private static final int SIZE = 1024;
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final WorkingCalendar calendar = WorkingCalendar.indonesia();
    private final LocalDate[] dates = new LocalDate[SIZE];
    private final Instant[] instants = new Instant[SIZE];
    private final int[] days = new int[SIZE];
    private final SlaClock clock = SlaClock.notStarted(ServiceLevel.workingDays(5), calendar);
    private int next;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(20_260_415L);
        LocalDate first = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < SIZE; i++) {
            dates[i] = first.plusDays(random.nextInt(540));
            instants[i] = dates[i].atTime(7 + random.nextInt(12), random.nextInt(60)).atZone(WIB).toInstant();
            days[i] = 1 + random.nextInt(30);
        }
    }

    private int index() {
        next = (next + 1) & (SIZE - 1);
        return next;
    }

    /** Baseline: calendar days, no holidays. */
    @Benchmark
    public LocalDate baselinePlusDays() {
        int i = index();
        return dates[i].plusDays(days[i]);
    }

    @Benchmark
    public LocalDate plusWorkingDays() {
        int i = index();
        return calendar.plusWorkingDays(dates[i], days[i]);
    }

    /** What a straightforward implementation would do: step one day at a time. */
    @Benchmark
    public LocalDate naiveDayByDayWalk() {
        int i = index();
        LocalDate d = dates[i];
        for (int left = days[i]; left > 0; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Filing a request: start a 5-working-day SLA clock, which computes its deadline. */
    @Benchmark
    public SlaClock slaClockStart() {
        return clock.start(instants[index()]);
    }

    /** Runs the benchmarks of this class and prints each score as a ratio to the baseline. */
    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(WorkingDaysBenchmark.class.getName() + ".*").build()).run();
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        double baseline = scores.get("baselinePlusDays");
        System.out.println();
        System.out.println("benchmark                 ops/us     ratio to LocalDate.plusDays");
        scores.forEach((name, score) -> System.out.printf("%-24s %8.2f     %.2f%n", name, score, score / baseline));
    }
}
