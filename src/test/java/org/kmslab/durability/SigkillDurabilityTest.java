package org.kmslab.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AliasListEntry;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.ListAliasesResponse;

/**
 * Acknowledged means durable: KMS Lab runs in a child JVM under concurrent CreateKey, CreateAlias, Encrypt,
 * EnableKeyRotation and RotateKeyOnDemand calls over the wire, is killed with SIGKILL mid-load, and is started again
 * on the same data folder. Every call that had returned success must be there: each key, each alias, each material
 * version (its ciphertext still decrypts), each rotation, and each call's audit event.
 */
class SigkillDurabilityTest {

    private static final int THREADS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 240;
    private static final byte[] PLAINTEXT = "durable".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** What the server acknowledged; filled by the load threads. */
    private final Queue<String> keys = new ConcurrentLinkedQueue<>();
    private final Queue<Map.Entry<String, String>> aliases = new ConcurrentLinkedQueue<>();
    private final Queue<byte[]> ciphertexts = new ConcurrentLinkedQueue<>();
    private final Queue<String> rotatedKeys = new ConcurrentLinkedQueue<>();
    private final Queue<String> requestIds = new ConcurrentLinkedQueue<>();

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void every_acknowledged_call_survives_sigkill_under_concurrent_load() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("app.log");
        AtomicBoolean running = new AtomicBoolean(true);
        try (AppProcess app = AppProcess.start(data, log, Map.of())) {
            ExecutorService load = Executors.newFixedThreadPool(THREADS);
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                load.submit(() -> drive(app, thread, running));
            }
            while (requestIds.size() < ACKNOWLEDGED_BEFORE_KILL) {
                Thread.sleep(20);
            }
            app.kill();
            running.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(keys).isNotEmpty();
        assertThat(rotatedKeys).isNotEmpty();

        try (AppProcess again = AppProcess.start(data, log, Map.of()); KmsClient kms = again.kms()) {
            for (String keyId : keys) {
                assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState()).isEqualTo(KeyState.ENABLED);
            }
            for (byte[] blob : ciphertexts) {
                assertThat(kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(blob))).plaintext().asByteArray())
                        .isEqualTo(PLAINTEXT);
            }
            for (String keyId : rotatedKeys) {
                assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations()).isNotEmpty();
                assertThat(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled()).isTrue();
            }
            Map<String, String> saved = new HashMap<>();
            for (ListAliasesResponse page : kms.listAliasesPaginator(r -> r.limit(100))) {
                for (AliasListEntry alias : page.aliases()) {
                    saved.put(alias.aliasName(), alias.targetKeyId());
                }
            }
            for (Map.Entry<String, String> alias : aliases) {
                assertThat(saved).containsEntry(alias.getKey(), alias.getValue());
            }
            again.stop();
        }
        assertThat(auditedRequestIds(data)).containsAll(requestIds);
    }

    /** One load thread: create, alias, encrypt; every third key also rotates and encrypts under the new material. */
    private void drive(AppProcess app, int thread, AtomicBoolean running) {
        try (KmsClient kms = app.kms()) {
            for (int i = 0; running.get(); i++) {
                var created = kms.createKey(r -> r.description("load"));
                String keyId = created.keyMetadata().keyId();
                acknowledge(created.responseMetadata().requestId());
                keys.add(keyId);
                String alias = "alias/load-" + thread + "-" + i;
                acknowledge(kms.createAlias(r -> r.aliasName(alias).targetKeyId(keyId)).responseMetadata().requestId());
                aliases.add(Map.entry(alias, keyId));
                encrypt(kms, alias);
                if (i % 3 == 0) {
                    acknowledge(kms.enableKeyRotation(r -> r.keyId(keyId)).responseMetadata().requestId());
                    acknowledge(kms.rotateKeyOnDemand(r -> r.keyId(keyId)).responseMetadata().requestId());
                    rotatedKeys.add(keyId);
                    encrypt(kms, keyId);
                }
            }
        } catch (RuntimeException killed) {
            // The server was killed mid-call: that call was never acknowledged, and this thread is done.
        }
    }

    private void encrypt(KmsClient kms, String keyId) {
        var encrypted = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(PLAINTEXT)));
        acknowledge(encrypted.responseMetadata().requestId());
        ciphertexts.add(encrypted.ciphertextBlob().asByteArray());
    }

    private void acknowledge(String requestId) {
        requestIds.add(requestId);
    }

    /**
     * The request ids of every audit event in the stopped application's H2 file: the rows of {@code audit_event} and
     * the records of the journal indexer's {@code audit_chunk} rows (the journal's record format, its JSON as UTF-8).
     */
    private static Set<String> auditedRequestIds(Path data) throws Exception {
        Pattern requestId = Pattern.compile("\"requestID\":\"([^\"]+)\"");
        Set<String> ids = new HashSet<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("kmslab").toAbsolutePath(),
                "sa", ""); Statement query = db.createStatement()) {
            List<String> stored = new ArrayList<>();
            try (ResultSet rows = query.executeQuery("SELECT event_json FROM audit_event")) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
            try (ResultSet chunks = query.executeQuery("SELECT data FROM audit_chunk")) {
                while (chunks.next()) {
                    stored.add(new String(chunks.getBytes(1), StandardCharsets.UTF_8));
                }
            }
            for (String text : stored) {
                Matcher m = requestId.matcher(text);
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }
}
