package id.simpul.portal.infrastructure.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the node keeps what must survive a restart: the H2 database, the demo signing keys and
 * the pseudonymisation key. Read from the system property {@code simpul.data.dir} or the
 * environment variable {@code SIMPUL_DATA_DIR} (default {@code ./data}), not from MicroProfile
 * Config, because the configuration defaults themselves are derived from it.
 */
public final class DataFolder {

    public static final String PROPERTY = "simpul.data.dir";
    public static final String ENVIRONMENT = "SIMPUL_DATA_DIR";

    private DataFolder() {
    }

    public static Path path() {
        String configured = Optional.ofNullable(System.getProperty(PROPERTY))
                .or(() -> Optional.ofNullable(System.getenv(ENVIRONMENT)))
                .filter(s -> !s.isBlank())
                .orElse("data");
        return Path.of(configured).toAbsolutePath().normalize();
    }

    /** Whether the node runs in demo mode: system property {@code simpul.demo} or {@code SIMPUL_DEMO}, default true. */
    public static boolean demoMode() {
        String configured = Optional.ofNullable(System.getProperty("simpul.demo"))
                .or(() -> Optional.ofNullable(System.getenv("SIMPUL_DEMO")))
                .orElse("true");
        return Boolean.parseBoolean(configured.strip());
    }
}
