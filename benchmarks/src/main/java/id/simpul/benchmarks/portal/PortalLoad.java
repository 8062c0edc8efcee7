package id.simpul.benchmarks.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounded closed-loop load on a running portal, in one run: (a) the baseline {@code POST
 * /api/v1/bench/rows} (one row, one transaction) and (b) the full {@code POST /api/v1/requests}
 * (validation, routing, SLA, request + history + audit + outbox + idempotency rows). Both warm up
 * together first, because Payara needs minutes of JIT before it settles; then each is measured for
 * the same time with the same number of connections. Prints req/s, p50, p99 and (b)/(a).
 *
 * <p>The portal must run with {@code SIMPUL_BENCH_ENABLED=true} (and demo mode, for the token):
 * {@code java -cp benchmarks/target/benchmarks.jar id.simpul.benchmarks.portal.PortalLoad
 * http://localhost:8080 32 60 30}.
 */
public final class PortalLoad {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final URI base;
    private final int connections;
    private final HttpClient client;
    private final String token;
    private final String body;

    private PortalLoad(URI base, int connections) throws IOException, InterruptedException {
        this.base = base;
        this.connections = connections;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(connections)).build();
        HttpResponse<String> t = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/demo/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"warga\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = TOKEN.matcher(t.body());
        if (t.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No demo token (is the portal in demo mode?): " + t.statusCode());
        }
        this.token = m.group(1);
        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        this.body = "{\"service\":\"ADM-KTP-HILANG\",\"subjectRegion\":\"61.12.01\",\"form\":{\"nik\":"
                + "\"6112015705900042\",\"alasan\":\"HILANG\"},\"documents\":[{\"code\":\"sktlk\",\"issuedOn\":\""
                + today + "\"},{\"code\":\"kk\"}]}";
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int measureSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        PortalLoad load = new PortalLoad(base, connections);
        System.out.printf("warming up both for %d s with %d connections ...%n", warmupSeconds, connections);
        load.run(Duration.ofSeconds(warmupSeconds), true, true);
        Result a = load.run(Duration.ofSeconds(measureSeconds), true, false);
        Result b = load.run(Duration.ofSeconds(measureSeconds), false, true);
        System.out.println(a.describe("(a) baseline POST /api/v1/bench/rows"));
        System.out.println(b.describe("(b) full POST /api/v1/requests     "));
        System.out.printf("(b)/(a) throughput: %.1f %%   goal: >= 50 %% and (b) p99 <= 50 ms%n",
                100.0 * b.perSecond() / a.perSecond());
        System.exit(a.errors() + b.errors() == 0 ? 0 : 1);
    }

    private HttpRequest baseline() {
        return HttpRequest.newBuilder(base.resolve("/api/v1/bench/rows")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private HttpRequest submission() {
        return HttpRequest.newBuilder(base.resolve("/api/v1/requests")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", "load-" + UUID.randomUUID())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private Result run(Duration length, boolean useBaseline, boolean useSubmission) throws Exception {
        return closedLoop(connections, length, useBaseline ? () -> created(baseline()) : null,
                useSubmission ? () -> created(submission()) : null);
    }

    private boolean created(HttpRequest r) throws IOException, InterruptedException {
        return client.send(r, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
    }

    /** One call of a load run: true when it succeeded, false (or an exception) when it counts as an error. */
    @FunctionalInterface
    public interface Call {
        boolean call() throws Exception;
    }

    /**
     * A closed loop of {@code connections} workers for {@code length}: each worker calls {@code first} and
     * {@code second} in turn (either may be null to run only the other), timing every call.
     */
    public static Result closedLoop(int connections, Duration length, Call first, Call second) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        long end = System.nanoTime() + length.toNanos();
        AtomicLong errors = new AtomicLong();
        List<Future<long[]>> parts = new ArrayList<>();
        for (int w = 0; w < connections; w++) {
            int worker = w;
            parts.add(workers.submit(() -> {
                long[] lat = new long[1 << 14];
                int n = 0;
                for (long i = 0; System.nanoTime() < end; i++) {
                    Call call = first != null && (second == null || (i + worker) % 2 == 0) ? first : second;
                    long t0 = System.nanoTime();
                    try {
                        if (!call.call()) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = System.nanoTime() - t0;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        long started = System.nanoTime();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : parts) {
            all.add(f.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(merged, seconds, (int) errors.get());
    }

    /** Latencies of one run, sorted, with its length and error count. */
    public record Result(long[] sortedNanos, double seconds, int errors) {
        public double perSecond() {
            return sortedNanos.length / seconds;
        }

        public double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(p * sortedNanos.length) - 1);
            return sortedNanos[Math.max(i, 0)] / 1e6;
        }

        public String describe(String name) {
            return String.format("%s: %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms  (%d requests, %d errors)", name,
                    perSecond(), percentileMillis(0.50), percentileMillis(0.99), sortedNanos.length, errors);
        }
    }
}
