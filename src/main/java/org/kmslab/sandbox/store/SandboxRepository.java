package org.kmslab.sandbox.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store's tables (Flyway {@code V1__sandbox_store.sql}); plain SQL that runs on H2 and PostgreSQL. */
final class SandboxRepository {

    /** One {@code sandbox} row. */
    record SandboxRow(String accountId, String defaultRegion, long clockOffsetMillis) {
    }

    /** One {@code sandbox_principal} row; the secret is still sealed. */
    record PrincipalRow(String accountId, String name, int ordinal, String arn, String accessKeyId,
            byte[] wrappedSecret) {
    }

    /** One {@code engine_state} row. */
    record StateRow(String accountId, String region, byte[] state) {
    }

    private final JdbcClient jdbc;

    SandboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<byte[]> keyCheck() {
        return jdbc.sql("SELECT key_check FROM store_meta WHERE id = 1").query(byte[].class).optional();
    }

    void insertKeyCheck(byte[] check, Instant now) {
        jdbc.sql("INSERT INTO store_meta (id, key_check, created_at) VALUES (1, :check, :now)")
                .param("check", check).param("now", utc(now)).update();
    }

    /** True when any sandbox has been saved (then the root key must already exist). */
    boolean hasSandboxes() {
        return jdbc.sql("SELECT COUNT(*) FROM sandbox").query(Long.class).single() > 0;
    }

    List<SandboxRow> sandboxes() {
        return jdbc.sql("SELECT account_id, default_region, clock_offset_ms FROM sandbox ORDER BY created_at, account_id")
                .query((rs, n) -> new SandboxRow(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
    }

    Optional<SandboxRow> sandbox(String accountId) {
        return jdbc.sql("SELECT account_id, default_region, clock_offset_ms FROM sandbox WHERE account_id = :account")
                .param("account", accountId)
                .query((rs, n) -> new SandboxRow(rs.getString(1), rs.getString(2), rs.getLong(3))).optional();
    }

    Optional<String> accountOf(String accessKeyId) {
        return jdbc.sql("SELECT account_id FROM sandbox_principal WHERE access_key_id = :key")
                .param("key", accessKeyId).query(String.class).optional();
    }

    List<PrincipalRow> principals() {
        return principals("");
    }

    /** The principals of one account, or of all when {@code accountId} is empty. */
    List<PrincipalRow> principals(String accountId) {
        return jdbc.sql("SELECT account_id, name, ordinal, arn, access_key_id, wrapped_secret FROM sandbox_principal "
                        + "WHERE :account = '' OR account_id = :account ORDER BY account_id, ordinal")
                .param("account", accountId)
                .query((rs, n) -> new PrincipalRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6)))
                .list();
    }

    List<StateRow> states() {
        return states("");
    }

    /** The engine states of one account, or of all when {@code accountId} is empty. */
    List<StateRow> states(String accountId) {
        return jdbc.sql("SELECT account_id, region, state FROM engine_state "
                        + "WHERE :account = '' OR account_id = :account ORDER BY account_id, region")
                .param("account", accountId)
                .query((rs, n) -> new StateRow(rs.getString(1), rs.getString(2), rs.getBytes(3))).list();
    }

    void insertSandbox(SandboxRow row, Instant now) {
        jdbc.sql("INSERT INTO sandbox (account_id, default_region, clock_offset_ms, created_at, updated_at) "
                        + "VALUES (:account, :region, :offset, :now, :now)")
                .param("account", row.accountId()).param("region", row.defaultRegion())
                .param("offset", row.clockOffsetMillis()).param("now", utc(now))
                .update();
    }

    void insertPrincipal(PrincipalRow row) {
        jdbc.sql("INSERT INTO sandbox_principal (account_id, name, ordinal, arn, access_key_id, wrapped_secret) "
                        + "VALUES (:account, :name, :ordinal, :arn, :accessKeyId, :secret)")
                .param("account", row.accountId()).param("name", row.name()).param("ordinal", row.ordinal())
                .param("arn", row.arn()).param("accessKeyId", row.accessKeyId()).param("secret", row.wrappedSecret())
                .update();
    }

    void updateClock(String accountId, long clockOffsetMillis, Instant now) {
        jdbc.sql("UPDATE sandbox SET clock_offset_ms = :offset, updated_at = :now WHERE account_id = :account")
                .param("offset", clockOffsetMillis).param("now", utc(now)).param("account", accountId)
                .update();
    }

    /** Writes one Region's state, replacing the previous one. */
    void putState(String accountId, String region, byte[] state, Instant now) {
        int updated = jdbc.sql("UPDATE engine_state SET state = :state, revision = revision + 1, updated_at = :now "
                        + "WHERE account_id = :account AND region = :region")
                .param("state", state).param("now", utc(now)).param("account", accountId).param("region", region)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO engine_state (account_id, region, state, revision, updated_at) "
                            + "VALUES (:account, :region, :state, 1, :now)")
                    .param("account", accountId).param("region", region).param("state", state)
                    .param("now", utc(now))
                    .update();
        }
    }

    /** Forgets every Region's state of a sandbox: the saved form of a reset. */
    void deleteStates(String accountId) {
        jdbc.sql("DELETE FROM engine_state WHERE account_id = :account").param("account", accountId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
