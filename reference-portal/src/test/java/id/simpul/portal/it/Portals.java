package id.simpul.portal.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One portal per database for the whole test run, started on first use and stopped when the
 * test JVM exits: starting Payara takes seconds, so test classes share it.
 */
public final class Portals {

    private static PortalProcess h2;
    private static PortalProcess postgres;
    private static EmbeddedPostgres embeddedPostgres;

    private Portals() {
    }

    public static synchronized PortalProcess h2() {
        if (h2 == null) {
            h2 = new PortalProcess(workDir().resolve("h2-data"), Map.of()).start();
            Runtime.getRuntime().addShutdownHook(new Thread(h2::stop));
        }
        return h2;
    }

    public static synchronized PortalProcess postgres() {
        if (postgres == null) {
            try {
                embeddedPostgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = new PortalProcess(workDir().resolve("pg-data"), Map.of(
                    "SIMPUL_DB_DATASOURCE", "org.postgresql.ds.PGSimpleDataSource",
                    "SIMPUL_DB_URL", postgresUrl(),
                    "SIMPUL_DB_USER", "postgres",
                    "SIMPUL_DB_PASSWORD", "postgres")).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                postgres.stop();
                try {
                    embeddedPostgres.close();
                } catch (IOException e) {
                    // the JVM is exiting anyway
                }
            }));
        }
        return postgres;
    }

    public static synchronized String postgresUrl() {
        return embeddedPostgres.getJdbcUrl("postgres", "postgres");
    }

    static Path workDir() {
        try {
            Path target = Path.of("target", "it-portals").toAbsolutePath();
            Files.createDirectories(target);
            return Files.createTempDirectory(target, "run-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
