package id.simpul.portal.infrastructure.federation;

import id.simpul.federation.message.SeenMessageStore;
import id.simpul.federation.message.SeenMessageStoreContract;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The portal's seen-message store passes the federation library's contract on H2, with the real migrations. */
class JdbcSeenMessageStoreH2Test extends SeenMessageStoreContract {

    private static DataSource dataSource;

    @BeforeAll
    static void database() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:seen-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        dataSource = h2;
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    @Override
    protected SeenMessageStore newStore() {
        return emptied(dataSource);
    }

    static SeenMessageStore emptied(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from federation_seen_message");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JdbcSeenMessageStore.of(dataSource);
    }
}
