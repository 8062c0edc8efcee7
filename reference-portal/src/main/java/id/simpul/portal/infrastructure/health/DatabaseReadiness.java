package id.simpul.portal.infrastructure.health;

import id.simpul.portal.infrastructure.PortalStartup;
import id.simpul.portal.infrastructure.persistence.SchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the schema is migrated, the node has started and the database answers a query now. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SchemaMigrator migrator;
    @Inject
    PortalStartup startup;

    @Override
    public HealthCheckResponse call() {
        var b = HealthCheckResponse.named("database").withData("migrated", migrator.isMigrated())
                .withData("started", startup.started());
        if (!migrator.isMigrated() || !startup.started()) {
            return b.down().build();
        }
        try (Connection c = migrator.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from audit_head")) {
            r.next();
            return b.withData("product", c.getMetaData().getDatabaseProductName()).up().build();
        } catch (Exception e) {
            return b.withData("error", e.getClass().getSimpleName()).down().build();
        }
    }
}
