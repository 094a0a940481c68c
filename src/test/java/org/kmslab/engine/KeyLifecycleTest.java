package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.CancelKeyDeletionRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.engine.api.ListKeysResult;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.UpdateKeyDescriptionRequest;
import org.kmslab.engine.exception.DisabledException;
import org.kmslab.engine.exception.InvalidMarkerException;
import org.kmslab.engine.exception.KMSInvalidStateException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.exception.TagException;
import org.kmslab.engine.exception.ValidationException;

class KeyLifecycleTest {

    private final Fixture f = new Fixture();
    private final byte[] data = {1, 2, 3};

    @Test
    void create_key_rejects_an_unknown_key_spec_with_the_enum_message() {
        CreateKeyRequest r = CreateKeyRequest.symmetric();
        CreateKeyRequest bad = new CreateKeyRequest(null, null, null, null, "FOO", null, null, null, null, null, null);
        assertThatThrownBy(() -> f.kms.createKey(f.root, bad)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("1 validation error detected: Value 'FOO' at 'keySpec' failed to satisfy "
                        + "constraint: Member must satisfy enum value set: [RSA_2048, ");
        assertThat(f.kms.createKey(f.root, r).keyMetadata().keySpec()).isEqualTo("SYMMETRIC_DEFAULT");
    }

    @Test
    void create_key_requires_key_usage_for_non_symmetric_specs() {
        assertThatThrownBy(() -> f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.RSA_2048, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("You must specify a KeyUsage value for all KMS keys except for symmetric encryption keys.");
    }

    @Test
    void create_key_rejects_invalid_spec_and_usage_combinations() {
        assertThatThrownBy(() -> f.kms.createKey(f.root,
                CreateKeyRequest.of(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.SIGN_VERIFY)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("KeyUsage SIGN_VERIFY is not compatible with KeySpec SYMMETRIC_DEFAULT");
        assertThatThrownBy(() -> f.kms.createKey(f.root,
                CreateKeyRequest.of(KeySpec.HMAC_256, KeyUsage.ENCRYPT_DECRYPT)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.createKey(f.root,
                CreateKeyRequest.of(KeySpec.ECC_SECG_P256K1, KeyUsage.ENCRYPT_DECRYPT)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void create_key_accepts_every_supported_spec_with_its_metadata() {
        var rsa = f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY)).keyMetadata();
        assertThat(rsa.signingAlgorithms()).hasSize(6);
        assertThat(rsa.encryptionAlgorithms()).isNull();
        var ecc = f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.ECC_NIST_P384, KeyUsage.SIGN_VERIFY))
                .keyMetadata();
        assertThat(ecc.signingAlgorithms()).containsExactly("ECDSA_SHA_384");
        var k1 = f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.ECC_SECG_P256K1, KeyUsage.SIGN_VERIFY))
                .keyMetadata();
        assertThat(k1.signingAlgorithms()).containsExactly("ECDSA_SHA_256");
        var hmac = f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.HMAC_384, KeyUsage.GENERATE_VERIFY_MAC))
                .keyMetadata();
        assertThat(hmac.macAlgorithms()).containsExactly("HMAC_SHA_384");
        var oaep = f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.RSA_3072, KeyUsage.ENCRYPT_DECRYPT))
                .keyMetadata();
        assertThat(oaep.encryptionAlgorithms()).containsExactly("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
        var ext = f.kms.createKey(f.root, CreateKeyRequest.external()).keyMetadata();
        assertThat(ext.keyState()).isEqualTo("PendingImport");
        assertThat(ext.enabled()).isFalse();
        assertThat(ext.origin()).isEqualTo("EXTERNAL");
    }

    @Test
    void create_key_enforces_tag_rules() {
        assertThatThrownBy(() -> f.kms.createKey(f.root,
                CreateKeyRequest.symmetric().withTags(java.util.List.of(Tag.of("aws:x", "y")))))
                .isInstanceOf(TagException.class).hasMessage("Tags beginning with aws: are reserved");
        assertThatThrownBy(() -> f.kms.createKey(f.root,
                CreateKeyRequest.symmetric().withTags(java.util.List.of(Tag.of("a", "1"), Tag.of("a", "2")))))
                .isInstanceOf(TagException.class).hasMessage("Duplicate tag keys");
    }

    @Test
    void encrypt_rejects_a_disabled_key_and_enable_restores_it() {
        String keyId = f.symmetricKey();
        f.kms.disableKey(f.root, DisableKeyRequest.of(keyId));
        assertThat(f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata().keyState())
                .isEqualTo("Disabled");
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, data)))
                .isInstanceOf(DisabledException.class).hasMessage(f.arn(keyId) + " is disabled.");
        f.kms.enableKey(f.root, EnableKeyRequest.of(keyId));
        assertThat(f.kms.encrypt(f.root, EncryptRequest.of(keyId, data)).ciphertextBlob()).isNotEmpty();
    }

    @Test
    void schedule_key_deletion_defaults_to_30_days_and_blocks_use() {
        String keyId = f.symmetricKey();
        var r = f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId));
        assertThat(r.pendingWindowInDays()).isEqualTo(30);
        assertThat(r.keyState()).isEqualTo("PendingDeletion");
        assertThat(r.deletionDate()).isEqualTo(Fixture.START.plus(Duration.ofDays(30)));
        assertThat(r.keyId()).isEqualTo(f.arn(keyId));
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, data)))
                .isInstanceOf(KMSInvalidStateException.class).hasMessage(f.arn(keyId) + " is pending deletion.");
        assertThatThrownBy(() -> f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId)))
                .isInstanceOf(KMSInvalidStateException.class);
        assertThatThrownBy(() -> f.kms.enableKey(f.root, EnableKeyRequest.of(keyId)))
                .isInstanceOf(KMSInvalidStateException.class);
    }

    @Test
    void schedule_key_deletion_accepts_only_7_to_30_days() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId, 6)))
                .isInstanceOf(ValidationException.class).hasMessage("1 validation error detected: Value '6' at "
                        + "'pendingWindowInDays' failed to satisfy constraint: Member must have value greater than "
                        + "or equal to 7");
        assertThatThrownBy(() -> f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId, 31)))
                .isInstanceOf(ValidationException.class);
        assertThat(f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId, 7)).pendingWindowInDays())
                .isEqualTo(7);
    }

    @Test
    void cancel_key_deletion_leaves_the_key_disabled() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.cancelKeyDeletion(f.root, CancelKeyDeletionRequest.of(keyId)))
                .isInstanceOf(KMSInvalidStateException.class).hasMessage(f.arn(keyId) + " is not pending deletion.");
        f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId, 7));
        assertThat(f.kms.cancelKeyDeletion(f.root, CancelKeyDeletionRequest.of(keyId)).keyId()).isEqualTo(f.arn(keyId));
        var md = f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata();
        assertThat(md.keyState()).isEqualTo("Disabled");
        assertThat(md.deletionDate()).isNull();
    }

    @Test
    void the_key_is_really_deleted_when_the_window_ends_with_a_delete_key_event() {
        String keyId = f.symmetricKey();
        f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId, 7));
        f.clock.advance(Duration.ofDays(7));
        f.kms.runDueTasks();
        EngineEvent e = f.lastEvent();
        assertThat(e.eventName()).isEqualTo("DeleteKey");
        assertThat(e.eventType()).isEqualTo(EventType.AWS_SERVICE_EVENT);
        assertThat(e.keyArn()).isEqualTo(f.arn(keyId));
        assertThatThrownBy(() -> f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(f.kms.listKeys(f.root, ListKeysRequest.of()).keys()).isEmpty();
    }

    @Test
    void list_keys_pages_with_limit_and_marker() {
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            created.add(f.symmetricKey());
        }
        Set<String> seen = new HashSet<>();
        String marker = null;
        int pages = 0;
        do {
            ListKeysResult page = f.kms.listKeys(f.root, new ListKeysRequest(2, marker));
            page.keys().forEach(k -> seen.add(k.keyId()));
            marker = page.nextMarker();
            assertThat(page.truncated()).isEqualTo(marker != null);
            pages++;
        } while (marker != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).isEqualTo(created);
        assertThatThrownBy(() -> f.kms.listKeys(f.root, new ListKeysRequest(null, "garbage!")))
                .isInstanceOf(InvalidMarkerException.class);
        assertThatThrownBy(() -> f.kms.listKeys(f.root, new ListKeysRequest(1001, null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void update_key_description_changes_describe_key() {
        String keyId = f.symmetricKey();
        f.kms.updateKeyDescription(f.root, UpdateKeyDescriptionRequest.of(keyId, "payroll"));
        assertThat(f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata().description())
                .isEqualTo("payroll");
    }
}
