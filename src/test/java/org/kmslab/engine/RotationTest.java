package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.DisableKeyRotationRequest;
import org.kmslab.engine.api.EnableKeyRotationRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GetKeyRotationStatusRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.ListKeyRotationsRequest;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.exception.DisabledException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.LimitExceededException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.exception.ValidationException;

class RotationTest {

    private final Fixture f = new Fixture();

    @Test
    void enable_key_rotation_defaults_to_365_days_and_reports_the_next_date() {
        String keyId = f.symmetricKey();
        assertThat(f.kms.getKeyRotationStatus(f.root, GetKeyRotationStatusRequest.of(keyId)).keyRotationEnabled())
                .isFalse();
        f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of(keyId));
        var s = f.kms.getKeyRotationStatus(f.root, GetKeyRotationStatusRequest.of(keyId));
        assertThat(s.keyRotationEnabled()).isTrue();
        assertThat(s.rotationPeriodInDays()).isEqualTo(365);
        assertThat(s.nextRotationDate()).isEqualTo(Fixture.START.plus(Duration.ofDays(365)));
        f.kms.disableKeyRotation(f.root, DisableKeyRotationRequest.of(keyId));
        assertThat(f.kms.getKeyRotationStatus(f.root, GetKeyRotationStatusRequest.of(keyId)).nextRotationDate())
                .isNull();
    }

    @Test
    void rotation_period_must_be_90_to_2560_days() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of(keyId, 89)))
                .isInstanceOf(ValidationException.class).hasMessage("1 validation error detected: Value '89' at "
                        + "'rotationPeriodInDays' failed to satisfy constraint: Member must have value greater than "
                        + "or equal to 90");
        assertThatThrownBy(() -> f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of(keyId, 2561)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void fast_forward_rotates_on_the_engine_clock_and_old_ciphertext_still_decrypts() {
        String keyId = f.symmetricKey();
        byte[] before = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {1})).ciphertextBlob();
        f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of(keyId, 90));
        f.clock.advance(Duration.ofDays(365));
        f.kms.runDueTasks();
        List<EngineEvent> rotations = f.events.stream().filter(e -> e.eventName().equals("RotateKey")).toList();
        assertThat(rotations).hasSize(4);
        assertThat(rotations).allMatch(e -> e.eventType() == EventType.AWS_SERVICE_EVENT);
        assertThat(rotations.get(0).eventTime()).isEqualTo(Fixture.START.plus(Duration.ofDays(90)));
        var after = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {2}));
        assertThat(CiphertextFormat.parseCiphertext(after.ciphertextBlob()).keyMaterialId())
                .isNotEqualTo(CiphertextFormat.parseCiphertext(before).keyMaterialId());
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(before)).plaintext()).containsExactly(1);
        var list = f.kms.listKeyRotations(f.root, ListKeyRotationsRequest.of(keyId));
        assertThat(list.rotations()).hasSize(4).allMatch(r -> r.rotationType().equals("AUTOMATIC"));
        assertThat(list.rotations().get(3).keyMaterialState()).isEqualTo("CURRENT");
        var all = f.kms.listKeyRotations(f.root, new ListKeyRotationsRequest(keyId, "ALL_KEY_MATERIAL", null, null));
        assertThat(all.rotations()).hasSize(5);
    }

    @Test
    void rotation_is_lazy_too_the_next_call_sees_it() {
        String keyId = f.symmetricKey();
        f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of(keyId));
        f.clock.advance(Duration.ofDays(366));
        f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {1}));
        assertThat(f.events.get(f.events.size() - 2).eventName()).isEqualTo("RotateKey");
        assertThat(f.lastEvent().eventName()).isEqualTo("Encrypt");
    }

    @Test
    void on_demand_rotation_is_limited_to_25() {
        String keyId = f.symmetricKey();
        for (int i = 0; i < 25; i++) {
            f.kms.rotateKeyOnDemand(f.root, RotateKeyOnDemandRequest.of(keyId));
        }
        assertThatThrownBy(() -> f.kms.rotateKeyOnDemand(f.root, RotateKeyOnDemandRequest.of(keyId)))
                .isInstanceOf(LimitExceededException.class)
                .hasMessageStartingWith("The on-demand rotations limit has been reached for the given keyId");
        assertThat(f.kms.listKeyRotations(f.root, ListKeyRotationsRequest.of(keyId)).rotations())
                .hasSize(25).allMatch(r -> r.rotationType().equals("ON_DEMAND"));
    }

    @Test
    void rotation_is_unsupported_for_asymmetric_hmac_and_imported_keys() {
        for (String keyId : List.of(f.key(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY),
                f.key(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC))) {
            assertThatThrownBy(() -> f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of(keyId)))
                    .isInstanceOf(KmsUnsupportedOperationException.class);
        }
        String ext = f.kms.createKey(f.root, CreateKeyRequest.external()).keyMetadata().keyId();
        assertThatThrownBy(() -> f.kms.getKeyRotationStatus(f.root, GetKeyRotationStatusRequest.of(ext)))
                .isInstanceOf(KmsUnsupportedOperationException.class)
                .hasMessage(f.arn(ext) + " origin is EXTERNAL which is not valid for this operation.");
    }

    @Test
    void rotation_operations_reject_disabled_keys_and_aliases() {
        String keyId = f.symmetricKey();
        f.kms.disableKey(f.root, DisableKeyRequest.of(keyId));
        assertThatThrownBy(() -> f.kms.rotateKeyOnDemand(f.root, RotateKeyOnDemandRequest.of(keyId)))
                .isInstanceOf(DisabledException.class).hasMessage(f.arn(keyId) + " is disabled.");
        assertThatThrownBy(() -> f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of("alias/x")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_disabled_key_is_not_rotated_until_it_is_enabled_again() {
        String keyId = f.symmetricKey();
        f.kms.enableKeyRotation(f.root, EnableKeyRotationRequest.of(keyId, 90));
        f.kms.disableKey(f.root, DisableKeyRequest.of(keyId));
        f.clock.advance(Duration.ofDays(100));
        f.kms.runDueTasks();
        assertThat(f.events).noneMatch(e -> e.eventName().equals("RotateKey"));
        f.kms.enableKey(f.root, org.kmslab.engine.api.EnableKeyRequest.of(keyId));
        f.kms.runDueTasks();
        assertThat(f.events).anyMatch(e -> e.eventName().equals("RotateKey"));
    }
}
