package id.simpul.portal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database to the schema this build expects, with the versioned scripts in
 * {@code db/migration}, before anything else touches it. A failed migration stops the node: it must
 * never serve on a schema it does not know.
 */
@ApplicationScoped
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = PortalDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile boolean migrated;

    public synchronized void migrate() {
        if (migrated) {
            return;
        }
        MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + (result.targetSchemaVersion != null
                ? result.targetSchemaVersion : result.initialSchemaVersion) + " (" + result.migrationsExecuted
                + " migrations applied now)");
        migrated = true;
    }

    public boolean isMigrated() {
        return migrated;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
