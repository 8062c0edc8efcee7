package id.simpul.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The API rules against a real PostgreSQL (embedded, started from a Maven artifact). */
class PostgresPortalIT extends PortalApiContract {

    @Override
    PortalProcess portal() {
        return Portals.postgres();
    }

    @Test
    void forwardedRequest_isStoredWithOneFederationForwardMessageNamingRegencyAndAgreement() throws SQLException {
        String kapuasHulu = ktpBody("HILANG").replace("61.12.01", "61.06.01");
        String key = key();
        Api.Reply filed = api.submit("warga", key, kapuasHulu);
        api.submit("warga", key, kapuasHulu);
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String id = (String) filed.json().get("id");

        List<String> payloads = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(Portals.postgresUrl());
             PreparedStatement q = c.prepareStatement(
                     "select payload from outbox_message where topic = 'federation.forward' and aggregate_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
            try (PreparedStatement r = c.prepareStatement(
                    "select competent_regency, agreement_id from service_request where id = ?")) {
                r.setString(1, id);
                try (ResultSet rs = r.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("61.06");
                    assertThat(rs.getString(2)).isEqualTo("pks-kubu-raya-kapuas-hulu");
                }
            }
        }
        assertThat(payloads).containsExactly("{\"requestId\":\"" + id
                + "\",\"toRegency\":\"61.06\",\"agreement\":\"pks-kubu-raya-kapuas-hulu\"}");
    }

    @Test
    void localRequest_writesNoFederationForwardMessage() throws SQLException {
        String id = fileKtp("warga");

        try (Connection c = DriverManager.getConnection(Portals.postgresUrl());
             PreparedStatement q = c.prepareStatement(
                     "select count(*) from outbox_message where topic = 'federation.forward' and aggregate_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
