package org.kmslab.sandbox.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.kmslab.sandbox.BrowserSandboxStore;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code browser_sandbox} table (Flyway {@code V2__browser_sandbox.sql}); plain SQL for H2 and PostgreSQL. */
@Component
@DependsOnDatabaseInitialization
class JdbcBrowserSandboxStore implements BrowserSandboxStore {

    private final JdbcClient jdbc;

    JdbcBrowserSandboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> accountOf(String tokenHash) {
        return jdbc.sql("SELECT account_id FROM browser_sandbox WHERE token_sha256 = :hash")
                .param("hash", tokenHash).query(String.class).optional();
    }

    @Override
    public boolean isEmpty() {
        return jdbc.sql("SELECT COUNT(*) FROM browser_sandbox").query(Long.class).single() == 0;
    }

    /** Portable upsert (UPDATE, then INSERT), as the other stores do. */
    @Override
    public void put(String tokenHash, String accountId) {
        var now = Instant.now().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE browser_sandbox SET account_id = :account, updated_at = :now "
                        + "WHERE token_sha256 = :hash")
                .param("account", accountId).param("now", now).param("hash", tokenHash).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO browser_sandbox (token_sha256, account_id, created_at, updated_at) "
                            + "VALUES (:hash, :account, :now, :now)")
                    .param("hash", tokenHash).param("account", accountId).param("now", now).update();
        }
    }
}
