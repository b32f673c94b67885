package be.nestwerk.platform.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of V61. Using a step and a recovery code are single conditional updates, so that two instances given
 * the same code at the same moment cannot both accept it.
 */
@Component
class SecondFactorStore {

    record Factor(
            byte[] encryptedSecret,
            @Nullable Instant confirmedAt,
            @Nullable Long lastUsedStep) {

        boolean confirmed() {
            return confirmedAt != null;
        }
    }

    record RecoveryCode(UUID id, String hash) {}

    private final JdbcClient jdbc;

    SecondFactorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Factor> find(UUID accountId) {
        return jdbc.sql("select secret, confirmed_at, last_used_step from second_factor where account_id = :id")
                .param("id", accountId)
                .query(SecondFactorStore::factor)
                .optional();
    }

    Optional<Instant> confirmedAt(UUID accountId) {
        return jdbc.sql("select confirmed_at from second_factor where account_id = :id and confirmed_at is not null")
                .param("id", accountId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** A new secret waiting for its first code; replaces an earlier one that never got it. */
    void savePending(UUID accountId, byte[] encryptedSecret, Instant now) {
        jdbc.sql("delete from second_factor where account_id = :id and confirmed_at is null")
                .param("id", accountId)
                .update();
        jdbc.sql("insert into second_factor (account_id, secret, created_at) values (:id, :secret, :now)")
                .param("id", accountId)
                .param("secret", encryptedSecret)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A secret that is confirmed at once (tests and fixtures only need this shortcut). */
    void saveConfirmed(UUID accountId, byte[] encryptedSecret, Instant now) {
        jdbc.sql("delete from second_factor where account_id = :id")
                .param("id", accountId)
                .update();
        jdbc.sql("insert into second_factor (account_id, secret, created_at, confirmed_at)"
                        + " values (:id, :secret, :now, :now)")
                .param("id", accountId)
                .param("secret", encryptedSecret)
                .param("now", Timestamp.from(now))
                .update();
    }

    boolean confirm(UUID accountId, Instant at, long step) {
        return jdbc.sql("update second_factor set confirmed_at = :at, last_used_step = :step"
                                + " where account_id = :id and confirmed_at is null")
                        .param("at", Timestamp.from(at))
                        .param("step", step)
                        .param("id", accountId)
                        .update()
                == 1;
    }

    /** Marks the step as used; false when it (or a later one) already was. */
    boolean useStep(UUID accountId, long step) {
        return jdbc.sql(
                                "update second_factor set last_used_step = :step where account_id = :id"
                                        + " and confirmed_at is not null and (last_used_step is null or last_used_step < :step)")
                        .param("step", step)
                        .param("id", accountId)
                        .update()
                == 1;
    }

    boolean delete(UUID accountId) {
        return jdbc.sql("delete from second_factor where account_id = :id")
                        .param("id", accountId)
                        .update()
                > 0;
    }

    void replaceRecoveryCodes(UUID accountId, List<String> hashes) {
        jdbc.sql("delete from second_factor_recovery_code where account_id = :id")
                .param("id", accountId)
                .update();
        for (String hash : hashes) {
            jdbc.sql(
                            "insert into second_factor_recovery_code (id, account_id, code_hash) values (:id, :account, :hash)")
                    .param("id", UUID.randomUUID())
                    .param("account", accountId)
                    .param("hash", hash)
                    .update();
        }
    }

    List<RecoveryCode> unusedRecoveryCodes(UUID accountId) {
        return jdbc.sql("select id, code_hash from second_factor_recovery_code"
                        + " where account_id = :id and used_at is null")
                .param("id", accountId)
                .query((rs, row) -> new RecoveryCode(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
    }

    boolean useRecoveryCode(UUID codeId, Instant at) {
        return jdbc.sql("update second_factor_recovery_code set used_at = :at where id = :id and used_at is null")
                        .param("at", Timestamp.from(at))
                        .param("id", codeId)
                        .update()
                == 1;
    }

    int recoveryCodesLeft(UUID accountId) {
        return jdbc.sql("select count(*) from second_factor_recovery_code where account_id = :id and used_at is null")
                .param("id", accountId)
                .query(Integer.class)
                .single();
    }

    int failuresSince(UUID accountId, Instant since) {
        return jdbc.sql("select count(*) from second_factor_failure where account_id = :id and failed_at > :since")
                .param("id", accountId)
                .param("since", Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Records a wrong code, and forgets those too old to count. */
    void recordFailure(UUID accountId, Instant at, Instant forgetBefore) {
        jdbc.sql("delete from second_factor_failure where account_id = :id and failed_at <= :before")
                .param("id", accountId)
                .param("before", Timestamp.from(forgetBefore))
                .update();
        jdbc.sql("insert into second_factor_failure (account_id, failed_at) values (:id, :at)")
                .param("id", accountId)
                .param("at", Timestamp.from(at))
                .update();
    }

    void clearFailures(UUID accountId) {
        jdbc.sql("delete from second_factor_failure where account_id = :id")
                .param("id", accountId)
                .update();
    }

    private static Factor factor(ResultSet rs, int row) throws SQLException {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        long step = rs.getLong("last_used_step");
        return new Factor(
                rs.getBytes("secret"), confirmed == null ? null : confirmed.toInstant(), rs.wasNull() ? null : step);
    }
}
