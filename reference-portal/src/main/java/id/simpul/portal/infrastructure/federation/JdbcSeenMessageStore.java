package id.simpul.portal.infrastructure.federation;

import id.simpul.federation.message.SeenMessage;
import id.simpul.federation.message.SeenMessageStore;
import id.simpul.sdk.region.RegionCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The federation's {@link SeenMessageStore} on the portal's database (table
 * {@code federation_seen_message}, H2 or PostgreSQL), through plain JDBC on the node's data source.
 * Inside the container the data source is the transactional one, so an entry is written in the same
 * transaction as the effect of the message and rolled back with it.
 *
 * <p>{@link #putIfAbsent} is atomic through the primary key: on PostgreSQL with
 * {@code on conflict do nothing} (a failed insert would abort the surrounding transaction), on H2 by
 * catching the duplicate-key error of a plain insert.
 */
public final class JdbcSeenMessageStore implements SeenMessageStore {

    private static final String COLUMNS = "sender, message_id, content_digest, received_at, receipt";
    private static final String SQL_STATE_UNIQUE = "23505";

    private final DataSource dataSource;

    private JdbcSeenMessageStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public static JdbcSeenMessageStore of(DataSource dataSource) {
        return new JdbcSeenMessageStore(dataSource);
    }

    @Override
    public Optional<SeenMessage> find(RegionCode sender, String messageId) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, sender, messageId);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading federation_seen_message failed: " + e.getSQLState(), e);
        }
    }

    @Override
    public Optional<SeenMessage> putIfAbsent(SeenMessage seen) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            String sql = "insert into federation_seen_message (" + COLUMNS + ") values (?, ?, ?, ?, ?)"
                    + (postgres ? " on conflict do nothing" : "");
            int inserted;
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, seen.sender().value());
                s.setString(2, seen.messageId());
                s.setString(3, seen.contentDigest());
                s.setLong(4, seen.receivedAt().toEpochMilli());
                s.setString(5, seen.receipt());
                inserted = s.executeUpdate();
            } catch (SQLException e) {
                if (!SQL_STATE_UNIQUE.equals(e.getSQLState())) {
                    throw e;
                }
                inserted = 0;
            }
            if (inserted == 1) {
                return Optional.empty();
            }
            return Optional.of(find(c, seen.sender(), seen.messageId()).orElseThrow(() -> new IllegalStateException(
                    "federation_seen_message: an insert was refused as a duplicate but no row is there")));
        } catch (SQLException e) {
            throw new IllegalStateException("Writing federation_seen_message failed: " + e.getSQLState(), e);
        }
    }

    @Override
    public void remove(RegionCode sender, String messageId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "delete from federation_seen_message where sender = ? and message_id = ?")) {
            s.setString(1, sender.value());
            s.setString(2, messageId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Deleting from federation_seen_message failed: " + e.getSQLState(), e);
        }
    }

    private static Optional<SeenMessage> find(Connection c, RegionCode sender, String messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS
                + " from federation_seen_message where sender = ? and message_id = ?")) {
            s.setString(1, sender.value());
            s.setString(2, messageId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SeenMessage(RegionCode.parse(r.getString(1)), r.getString(2), r.getString(3),
                        Instant.ofEpochMilli(r.getLong(4)), r.getString(5)));
            }
        }
    }

    @Override
    public String toString() {
        return "JdbcSeenMessageStore";
    }
}
