package id.simpul.portal.infrastructure.federation;

import id.simpul.federation.message.SeenMessageStore;
import id.simpul.federation.message.SeenMessageStoreContract;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The portal's seen-message store passes the federation library's contract on a real PostgreSQL. */
class JdbcSeenMessageStorePostgresIT extends SeenMessageStoreContract {

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void database() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    protected SeenMessageStore newStore() {
        return JdbcSeenMessageStoreH2Test.emptied(dataSource);
    }
}
