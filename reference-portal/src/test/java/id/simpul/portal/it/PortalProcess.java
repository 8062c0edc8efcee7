package id.simpul.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real portal bundle, started as a child process the way an operator starts it, on a free
 * port, with its own data folder. Ready when {@code /health/ready} says UP.
 */
public final class PortalProcess {

    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(4);

    private final Path dataDir;
    private final Map<String, String> environment;
    private final int port;
    private final Path log;
    private Process process;
    private Duration lastStartup;

    public PortalProcess(Path dataDir, Map<String, String> environment) {
        this(dataDir, environment, freePort());
    }

    /** A portal on a port chosen by the caller (e.g. one named in a federation directory). */
    public PortalProcess(Path dataDir, Map<String, String> environment, int port) {
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.port = port;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-portal.log");
    }

    public synchronized PortalProcess start() {
        String bundle = System.getProperty("portal.bundle");
        if (bundle == null || !Files.exists(Path.of(bundle))) {
            throw new IllegalStateException("The portal bundle " + bundle + " is missing: run the integration tests "
                    + "through Maven (mvn verify), which builds it in the package phase");
        }
        // Payara's runtime folder and the JVM's temporary files stay under target/: no ~115 MB
        // payaramicro-rt folder (nor an app…tmp copy of the WAR, left behind by a kill) in the system temp folder.
        // Emptied before each start: Payara would redeploy the application a kept folder remembers, and then
        // the bundle's copy over it, answering 404 in between
        Path runtime = runtimeDir();
        deleteRecursively(runtime);
        Path tmp = runtime.resolve("tmp");
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m",
                "-Djava.io.tmpdir=" + tmp, "-jar", bundle,
                "--nocluster", "--port", Integer.toString(port), "--rootdir", runtime.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("SIMPUL_DATA_DIR", dataDir.toString());
        pb.environment().put("SIMPUL_HTTP_PORT", Integer.toString(port));
        pb.environment().putAll(environment);
        Instant t0 = Instant.now();
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(tmp);
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(t0);
        lastStartup = Duration.between(t0, Instant.now());
        System.out.printf("Portal %s ready in %.1f s (process start to /health/ready UP)%n", dataDir.getFileName(),
                lastStartup.toMillis() / 1000.0);
        return this;
    }

    /** Ends the process as a crash would: no shutdown hooks, no clean close of the database. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            waitFor();
        }
    }

    public synchronized void stop() {
        if (process != null) {
            process.destroy();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public URI base() {
        return URI.create("http://localhost:" + port);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Payara Micro's runtime folder of this portal (its {@code --rootdir}). */
    public Path runtimeDir() {
        return dataDir.resolveSibling(dataDir.getFileName() + "-payara");
    }

    /** The process's output. */
    public Path log() {
        return log;
    }

    public Duration lastStartup() {
        return lastStartup;
    }

    private void awaitReady(Instant t0) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base().resolve("/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        while (Duration.between(t0, Instant.now()).compareTo(STARTUP_LIMIT) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The portal exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = client.sendAsync(ready, HttpResponse.BodyHandlers.ofString())
                        .get(10, TimeUnit.SECONDS);
                if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                    return;
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // not listening or not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        kill();
        throw new IllegalStateException("The portal was not ready within " + STARTUP_LIMIT + "; see " + log);
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
