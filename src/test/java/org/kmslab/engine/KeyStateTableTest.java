package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.CreateAliasRequest;
import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.KeyStateTable;
import org.kmslab.engine.api.Operation;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.TagResourceRequest;
import org.kmslab.engine.api.UpdateKeyDescriptionRequest;

/** The operation x state table is data, and the engine raises exactly what the table says. */
class KeyStateTableTest {

    private final Fixture f = new Fixture();

    private String keyIn(KeyState state) {
        if (state == KeyState.PENDING_IMPORT) {
            return f.kms.createKey(f.root, CreateKeyRequest.external()).keyMetadata().keyId();
        }
        String keyId = f.symmetricKey();
        if (state == KeyState.DISABLED) {
            f.kms.disableKey(f.root, DisableKeyRequest.of(keyId));
        } else if (state == KeyState.PENDING_DELETION) {
            f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(keyId));
        }
        return keyId;
    }

    private void check(Operation op, Consumer<String> call) {
        for (KeyState state : List.of(KeyState.ENABLED, KeyState.DISABLED, KeyState.PENDING_DELETION,
                KeyState.PENDING_IMPORT)) {
            String keyId = keyIn(state);
            var rule = KeyStateTable.rule(op, state);
            if (rule.isEmpty()) {
                call.accept(keyId);
            } else {
                assertThatThrownBy(() -> call.accept(keyId)).as(op + " in " + state)
                        .isInstanceOfSatisfying(KmsException.class, e -> {
                            assertThat(e.errorCode()).isEqualTo(rule.get().exception());
                            assertThat(e.getMessage()).isEqualTo(rule.get().message(f.arn(keyId)));
                        });
            }
        }
    }

    @Test
    void encrypt_follows_the_table() {
        check(Operation.ENCRYPT, id -> f.kms.encrypt(f.root, EncryptRequest.of(id, new byte[] {1})));
    }

    @Test
    void generate_data_key_follows_the_table() {
        check(Operation.GENERATE_DATA_KEY, id -> f.kms.generateDataKey(f.root,
                GenerateDataKeyRequest.of(id, DataKeySpec.AES_256)));
    }

    @Test
    void create_grant_follows_the_table() {
        check(Operation.CREATE_GRANT, id -> f.kms.createGrant(f.root, CreateGrantRequest.of(id,
                f.root.principalArn(), List.of("Encrypt"))));
    }

    @Test
    void enable_and_disable_key_follow_the_table() {
        check(Operation.ENABLE_KEY, id -> f.kms.enableKey(f.root, EnableKeyRequest.of(id)));
        check(Operation.DISABLE_KEY, id -> f.kms.disableKey(f.root, DisableKeyRequest.of(id)));
    }

    @Test
    void management_operations_follow_the_table() {
        check(Operation.TAG_RESOURCE, id -> f.kms.tagResource(f.root, TagResourceRequest.of(id,
                List.of(Tag.of("a", "b")))));
        check(Operation.UPDATE_KEY_DESCRIPTION, id -> f.kms.updateKeyDescription(f.root,
                UpdateKeyDescriptionRequest.of(id, "d")));
        check(Operation.CREATE_ALIAS, id -> f.kms.createAlias(f.root, CreateAliasRequest.of("alias/" + id, id)));
    }

    @Test
    void read_operations_work_in_every_state() {
        check(Operation.DESCRIBE_KEY, id -> f.kms.describeKey(f.root, DescribeKeyRequest.of(id)));
        check(Operation.GET_KEY_POLICY, id -> f.kms.getKeyPolicy(f.root, GetKeyPolicyRequest.of(id)));
        assertThat(KeyStateTable.rule(Operation.DESCRIBE_KEY, KeyState.PENDING_DELETION)).isEmpty();
    }
}
