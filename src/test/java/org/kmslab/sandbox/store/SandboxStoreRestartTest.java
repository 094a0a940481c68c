package org.kmslab.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateAliasRequest;
import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EnableKeyRotationRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GrantOperation;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.ListAliasesRequest;
import org.kmslab.engine.api.ListGrantsRequest;
import org.kmslab.engine.api.ListKeyRotationsRequest;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.engine.api.ListResourceTagsRequest;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.TagResourceRequest;
import org.kmslab.sandbox.Sandbox;

/** Create, encrypt, stop, start, decrypt: everything a sandbox holds comes back after a restart. */
class SandboxStoreRestartTest {

    private static final byte[] SECRET = "the answer is 42".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final List<StoreFixture> runs = new ArrayList<>();

    /** Starts a run of the store on {@code dir}, stopping the previous one first (a restart). */
    private StoreFixture start(String environmentKey) {
        runs.forEach(StoreFixture::close);
        StoreFixture run = StoreFixture.h2(dir, environmentKey);
        runs.add(run);
        return run;
    }

    private StoreFixture start() {
        return start("");
    }

    @AfterEach
    void stop() {
        runs.forEach(StoreFixture::close);
    }

    @Test
    void keys_material_versions_aliases_tags_grants_and_credentials_survive_a_restart() {
        StoreFixture first = start();
        Sandbox sandbox = first.sandboxes.defaultSandbox();
        KmsEngine kms = sandbox.engine();
        Caller admin = sandbox.administrator(CallSource.CONSOLE);
        String keyId = kms.createKey(admin, CreateKeyRequest.symmetric().withDescription("restart me"))
                .keyMetadata().keyId();
        kms.createAlias(admin, new CreateAliasRequest("alias/restart", keyId));
        kms.tagResource(admin, new TagResourceRequest(keyId, List.of(new Tag("team", "persist"))));
        byte[] before = kms.encrypt(admin, EncryptRequest.of(keyId, SECRET))
                .ciphertextBlob();
        kms.enableKeyRotation(admin, new EnableKeyRotationRequest(keyId, null));
        kms.rotateKeyOnDemand(admin, new RotateKeyOnDemandRequest(keyId));
        byte[] after = kms.encrypt(admin, EncryptRequest.of(keyId, SECRET))
                .ciphertextBlob();
        String developer = sandbox.principal("Developer").orElseThrow().arn();
        kms.createGrant(admin, CreateGrantRequest.of(keyId, developer,
                List.of(GrantOperation.DECRYPT.wire())));
        KmsEngine europe = sandbox.engine("eu-west-1");
        String euKey = europe.createKey(admin, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        sandbox.advanceClock(Duration.ofDays(3));
        var credentials = sandbox.principals().stream().map(p -> p.credentials()).toList();

        StoreFixture second = start();
        Sandbox back = second.sandboxes.defaultSandbox();
        KmsEngine kms2 = back.engine();
        assertThat(kms2.decrypt(admin, DecryptRequest.of(before)).plaintext())
                .isEqualTo(SECRET);
        assertThat(kms2.decrypt(admin, DecryptRequest.of(after)).plaintext())
                .isEqualTo(SECRET);
        assertThat(kms2.describeKey(admin, new DescribeKeyRequest("alias/restart", null)).keyMetadata()
                .description()).isEqualTo("restart me");
        assertThat(kms2.listResourceTags(admin, new ListResourceTagsRequest(keyId, null, null)).tags())
                .containsExactly(new Tag("team", "persist"));
        assertThat(kms2.listKeyRotations(admin, new ListKeyRotationsRequest(keyId, null, null, null)).rotations())
                .hasSize(1);
        assertThat(kms2.listGrants(admin, new ListGrantsRequest(null, null, keyId, null, null)).grants())
                .singleElement().satisfies(g -> assertThat(g.granteePrincipal()).isEqualTo(developer));
        assertThat(kms2.listAliases(admin, new ListAliasesRequest(null, null, null)).aliases())
                .anySatisfy(a -> assertThat(a.aliasName()).isEqualTo("alias/restart"));
        assertThat(back.engine("eu-west-1").describeKey(admin, new DescribeKeyRequest(euKey, null)).keyMetadata()
                .keyState()).isEqualTo(KeyState.ENABLED.wire());
        assertThat(back.principals().stream().map(p -> p.credentials()).toList()).isEqualTo(credentials);
        assertThat(second.sandboxes.identify(credentials.get(1).accessKeyId())).isPresent();
        assertThat(back.clockOffset()).isBetween(Duration.ofDays(3), Duration.ofDays(3).plusSeconds(1));
    }

    @Test
    void sandboxes_made_later_come_back_with_their_account_and_credentials() {
        StoreFixture first = start();
        Sandbox made = first.sandboxes.create();
        String keyId = made.engine().createKey(made.administrator(CallSource.CONSOLE), CreateKeyRequest.symmetric()).keyMetadata().keyId();

        StoreFixture second = start();
        Sandbox back = second.sandboxes.find(made.accountId()).orElseThrow();
        assertThat(back.principals()).isEqualTo(made.principals());
        assertThat(back.engine().observeKey(keyId)).isPresent();
        assertThat(second.sandboxes.all()).hasSize(2);
    }

    @Test
    void a_reset_is_saved_as_the_empty_state() {
        StoreFixture first = start();
        Sandbox sandbox = first.sandboxes.defaultSandbox();
        Caller admin = sandbox.administrator(CallSource.CONSOLE);
        sandbox.engine().createKey(admin, CreateKeyRequest.symmetric());
        sandbox.engine("eu-west-1").createKey(admin, CreateKeyRequest.symmetric());
        sandbox.reset();

        Sandbox back = start().sandboxes.defaultSandbox();
        assertThat(back.activeRegions()).isEmpty();
        assertThat(back.engine().listKeys(admin, new ListKeysRequest(null, null)).keys()).isEmpty();
    }

    @Test
    void an_aws_managed_key_made_by_a_read_only_call_is_saved() {
        StoreFixture first = start();
        Sandbox sandbox = first.sandboxes.defaultSandbox();
        Caller viaS3 = sandbox.administrator(CallSource.CONSOLE).withViaService("s3.us-east-1.amazonaws.com");
        byte[] blob = sandbox.engine().encrypt(viaS3, EncryptRequest.of("alias/aws/s3", SECRET)).ciphertextBlob();

        Sandbox back = start().sandboxes.defaultSandbox();
        assertThat(back.engine().decrypt(viaS3, DecryptRequest.of(blob)).plaintext())
                .isEqualTo(SECRET);
    }

    @Test
    void a_wrong_root_key_stops_the_start_and_changes_nothing() throws Exception {
        StoreFixture first = start();
        first.sandboxes.defaultSandbox().engine().createKey(
                first.sandboxes.defaultSandbox().administrator(CallSource.CONSOLE), CreateKeyRequest.symmetric());
        List<Map<String, Object>> rows = first.jdbc().sql("SELECT * FROM engine_state").query().listOfRows();
        String other = Base64.getEncoder().encodeToString(new byte[32]);

        assertThatThrownBy(() -> start(other))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not the root key this database was written under")
                .hasMessageContaining("Nothing was changed")
                .hasMessageNotContaining(other);
        try (StoreFixture again = start()) {
            assertThat(again.jdbc().sql("SELECT * FROM engine_state").query().listOfRows())
                    .usingRecursiveComparison().isEqualTo(rows);
        }
    }

    @Test
    void a_missing_root_key_file_is_not_replaced_when_the_database_holds_sandboxes() throws Exception {
        start();
        stop();
        Files.delete(dir.resolve("root.key"));

        assertThatThrownBy(() -> start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("there is no root key");
        assertThat(dir.resolve("root.key")).doesNotExist();
    }

    @Test
    void the_root_key_may_come_from_the_environment_and_no_file_is_written() {
        String key = Base64.getEncoder().encodeToString(new byte[] {
            1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
            29, 30, 31, 32});
        StoreFixture first = start(key);
        Sandbox sandbox = first.sandboxes.defaultSandbox();
        Caller admin = sandbox.administrator(CallSource.CONSOLE);
        String keyId = sandbox.engine().createKey(admin, CreateKeyRequest.symmetric()).keyMetadata().keyId();

        assertThat(dir.resolve("root.key")).doesNotExist();
        assertThat(start(key).sandboxes.defaultSandbox().engine().observeKey(keyId)).isPresent();
    }
}
