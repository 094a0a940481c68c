package org.kmslab.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.api.CreateAliasRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EnableKeyRotationRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.sandbox.Sandbox;

/**
 * The restart test on PostgreSQL, with every shared migration (quiz and audit too). Runs only where
 * {@code KMSLAB_TEST_POSTGRES_URL} names a database it may empty ({@code .ci/run} starts one); skipped elsewhere.
 */
@EnabledIfEnvironmentVariable(named = "KMSLAB_TEST_POSTGRES_URL", matches = ".+")
class PostgresRestartTest {

    private static final byte[] SECRET = "kept in postgres".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final List<StoreFixture> runs = new java.util.ArrayList<>();

    @BeforeEach
    void empty() {
        Flyway.configure().dataSource(url(), user(), password()).cleanDisabled(false).load().clean();
    }

    @AfterEach
    void stop() {
        runs.forEach(StoreFixture::close);
    }

    private StoreFixture start() {
        runs.forEach(StoreFixture::close);
        StoreFixture run = StoreFixture.on(StoreFixture.pool(url(), user(), password()), "", dir.resolve("root.key"));
        runs.add(run);
        return run;
    }

    @Test
    void create_encrypt_stop_start_decrypt_on_postgresql() {
        Sandbox sandbox = start().sandboxes.defaultSandbox();
        Caller admin = sandbox.administrator(CallSource.CONSOLE);
        String keyId = sandbox.engine().createKey(admin, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        sandbox.engine().createAlias(admin, new CreateAliasRequest("alias/pg", keyId));
        byte[] before = sandbox.engine().encrypt(admin, EncryptRequest.of(keyId, SECRET)).ciphertextBlob();
        sandbox.engine().enableKeyRotation(admin, new EnableKeyRotationRequest(keyId, null));
        sandbox.engine().rotateKeyOnDemand(admin, new RotateKeyOnDemandRequest(keyId));
        byte[] after = sandbox.engine().encrypt(admin, EncryptRequest.of("alias/pg", SECRET)).ciphertextBlob();
        Sandbox other = runs.getLast().sandboxes.create();

        StoreFixture second = start();
        Sandbox back = second.sandboxes.defaultSandbox();
        assertThat(back.engine().decrypt(admin, DecryptRequest.of(before)).plaintext()).isEqualTo(SECRET);
        assertThat(back.engine().decrypt(admin, DecryptRequest.of(after)).plaintext()).isEqualTo(SECRET);
        assertThat(back.principals()).isEqualTo(sandbox.principals());
        assertThat(second.sandboxes.find(other.accountId()).orElseThrow().principals())
                .isEqualTo(other.principals());
        assertThat(second.jdbc().sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success")
                .query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    private static String url() {
        return System.getenv("KMSLAB_TEST_POSTGRES_URL");
    }

    private static String user() {
        return System.getenv().getOrDefault("KMSLAB_TEST_POSTGRES_USER", "kmslab");
    }

    private static String password() {
        return System.getenv().getOrDefault("KMSLAB_TEST_POSTGRES_PASSWORD", "kmslab");
    }
}
