package be.nestwerk.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

record OutboxMail(
        long id,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant sentAt) {

    static final String COLUMNS = "id, recipient, subject, body, created_at, attempts, last_error, sent_at";

    static OutboxMail map(ResultSet rs, int row) throws SQLException {
        Timestamp sentAt = rs.getTimestamp("sent_at");
        return new OutboxMail(
                rs.getLong("id"),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                sentAt == null ? null : sentAt.toInstant());
    }
}
