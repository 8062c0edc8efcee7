package id.simpul.portal.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The node's own datasource. Payara's default datasource lives in a temporary folder and is lost on
 * restart, so the portal defines its own, resolved from MicroProfile Config: H2 in the data folder
 * by default, PostgreSQL when {@code SIMPUL_DB_DATASOURCE}, {@code SIMPUL_DB_URL},
 * {@code SIMPUL_DB_USER} and {@code SIMPUL_DB_PASSWORD} say so. Both drivers ship inside the WAR.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "${MPCONFIG=simpul.db.datasource}",
        url = "${MPCONFIG=simpul.db.url}",
        user = "${MPCONFIG=simpul.db.user}",
        password = "${MPCONFIG=simpul.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        transactional = true)
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/simpul";
}
