package id.simpul.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tampers with the audit table of the PostgreSQL portal behind its back, the way someone with
 * database access might, and checks that {@code /audit/verify} names the damaged record. Each
 * change is undone before the next, so the chain is intact again at the end.
 */
class AuditTamperIT {

    private final PortalProcess portal = Portals.postgres();
    private final Api api = new Api(portal.base());

    @Test
    void verify_namesAChangedARemovedAndAnInsertedRecord() throws SQLException {
        for (int i = 0; i < 3; i++) {
            assertThat(api.submit("warga", PortalApiContract.key(), PortalApiContract.ktpBody("HILANG")).status())
                    .isEqualTo(201);
        }
        try (Connection db = DriverManager.getConnection(Portals.postgresUrl(), "postgres", "postgres");
             Statement sql = db.createStatement()) {
            long last = single(sql, "select last_seq from audit_head");
            long middle = last - 1;
            assertThat(verify()).containsEntry("intact", true);

            sql.executeUpdate("update audit_record set after_status = 'COMPLETED' where seq = " + middle);
            assertThat(findings()).anySatisfy(f -> assertThat(f).containsEntry("seq", (int) middle)
                    .satisfies(m -> assertThat((String) m.get("problem")).startsWith("CHANGED")));
            sql.executeUpdate("update audit_record set after_status = 'SUBMITTED' where seq = " + middle);
            assertThat(verify()).containsEntry("intact", true);

            sql.executeUpdate("create temporary table kept as select * from audit_record where seq = " + middle);
            sql.executeUpdate("delete from audit_record where seq = " + middle);
            assertThat(findings()).anySatisfy(f -> assertThat((String) f.get("problem")).startsWith("REMOVED"));
            sql.executeUpdate("insert into audit_record select * from kept");
            assertThat(verify()).containsEntry("intact", true);

            sql.executeUpdate("insert into audit_record select seq + 1000000, occurred_at, actor, action, entity_type,"
                    + " entity_id, before_status, after_status, prev_hash, hash from audit_record where seq = " + last);
            assertThat(findings()).anySatisfy(f -> assertThat(f).containsEntry("seq", (int) (last + 1_000_000))
                    .satisfies(m -> assertThat((String) m.get("problem")).startsWith("INSERTED")));
            sql.executeUpdate("delete from audit_record where seq = " + (last + 1_000_000));
            assertThat(verify()).containsEntry("intact", true);
        }
    }

    private Map<String, Object> verify() {
        Api.Reply r = api.get("/api/v1/audit/verify", "admin");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> findings() {
        Map<String, Object> v = verify();
        assertThat(v).containsEntry("intact", false);
        return (List<Map<String, Object>>) v.get("findings");
    }

    private static long single(Statement sql, String query) throws SQLException {
        try (ResultSet r = sql.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }
}
