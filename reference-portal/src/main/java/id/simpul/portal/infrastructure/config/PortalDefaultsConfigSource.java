package id.simpul.portal.infrastructure.config;

import id.simpul.portal.infrastructure.security.DemoKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults that depend on the data folder: the H2 file database inside it and, in demo mode only,
 * the public key and issuer the MicroProfile JWT layer verifies tokens with. The ordinal is below
 * {@code microprofile-config.properties}, system properties and environment variables, so any of
 * them overrides these values (e.g. {@code SIMPUL_DB_URL} for PostgreSQL).
 */
public final class PortalDefaultsConfigSource implements ConfigSource {

    private static final int ORDINAL = 50;

    private volatile Map<String, String> values;

    @Override
    public Map<String, String> getProperties() {
        return values();
    }

    @Override
    public Set<String> getPropertyNames() {
        return values().keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values().get(propertyName);
    }

    @Override
    public String getName() {
        return "simpul-portal-defaults";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    private Map<String, String> values() {
        Map<String, String> v = values;
        if (v == null) {
            synchronized (this) {
                v = values;
                if (v == null) {
                    v = compute();
                    values = v;
                }
            }
        }
        return v;
    }

    private static Map<String, String> compute() {
        Map<String, String> v = new HashMap<>();
        String db = DataFolder.path().resolve("db").resolve("simpul").toString().replace('\\', '/');
        // WRITE_DELAY=0: every commit reaches the file before the response leaves, so a killed process
        // loses no request that was answered 201
        v.put("simpul.db.url", "jdbc:h2:file:" + db + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        if (DataFolder.demoMode()) {
            DemoKeys keys = DemoKeys.inDataFolder();
            v.put("mp.jwt.verify.publickey", keys.publicKeyPem());
            v.put("mp.jwt.verify.issuer", DemoKeys.ISSUER);
        }
        return Map.copyOf(v);
    }
}
