package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GetKeyLastUsageRequest;
import org.kmslab.engine.api.GetPublicKeyRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.VerifyRequest;
import org.kmslab.engine.exception.NotFoundException;

/** GetKeyLastUsage: the last successful cryptographic operation, its event and request ids, and the tracking start. */
class KeyLastUsageTest {

    private final Fixture f = new Fixture();

    @Test
    void a_new_key_has_been_tracked_since_creation_and_never_used() {
        String key = f.symmetricKey();
        f.kms.describeKey(f.root, DescribeKeyRequest.of(key));
        var r = f.kms.getKeyLastUsage(f.root, GetKeyLastUsageRequest.of(f.arn(key)));
        assertThat(r.keyId()).isEqualTo(key);
        assertThat(r.keyCreationDate()).isEqualTo(Fixture.START);
        assertThat(r.trackingStartDate()).isEqualTo(Fixture.START);
        assertThat(r.keyLastUsage().operation()).isNull();
    }

    @Test
    void the_last_successful_cryptographic_call_is_reported_with_its_event() {
        String key = f.symmetricKey();
        f.clock.advance(Duration.ofHours(1));
        f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1}));
        EngineEvent encrypt = f.lastEvent();
        f.clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(key, new byte[] {1}).withDryRun(true)));

        var used = f.kms.getKeyLastUsage(f.root, GetKeyLastUsageRequest.of(key)).keyLastUsage();
        assertThat(used.operation()).isEqualTo("Encrypt");
        assertThat(used.timestamp()).isEqualTo(Fixture.START.plus(Duration.ofHours(1)));
        assertThat(used.cloudTrailEventId()).isEqualTo(encrypt.eventId());
        assertThat(used.kmsRequestId()).isEqualTo(encrypt.requestId());
    }

    @Test
    void signing_counts_but_get_public_key_does_not_and_state_export_keeps_it() {
        String key = f.key(KeySpec.ML_DSA_44, KeyUsage.SIGN_VERIFY);
        byte[] sig = f.kms.sign(f.root, SignRequest.of(key, new byte[] {7}, SigningAlgorithm.ML_DSA_SHAKE_256))
                .signature();
        f.kms.getPublicKey(f.root, GetPublicKeyRequest.of(key));
        assertThat(f.kms.getKeyLastUsage(f.root, GetKeyLastUsageRequest.of(key)).keyLastUsage().operation())
                .isEqualTo("Sign");

        StateWrappingKey root = StateWrappingKey.generate();
        KmsEngine restored = new KmsEngine(Fixture.ACCOUNT, Fixture.REGION, f.clock);
        restored.importState(f.kms.exportState(root), root);
        assertThat(restored.getKeyLastUsage(f.root, GetKeyLastUsageRequest.of(key)).keyLastUsage().operation())
                .isEqualTo("Sign");
        assertThat(restored.verify(f.root, VerifyRequest.of(key, new byte[] {7}, sig,
                SigningAlgorithm.ML_DSA_SHAKE_256)).signatureValid()).isTrue();
    }

    @Test
    void every_new_spec_survives_a_state_round_trip() {
        List<KeySpec> specs = List.of(KeySpec.ECC_NIST_EDWARDS25519, KeySpec.ML_DSA_65, KeySpec.ML_DSA_87);
        StateWrappingKey root = StateWrappingKey.generate();
        for (KeySpec spec : specs) {
            String key = f.key(spec, KeyUsage.SIGN_VERIFY);
            byte[] before = f.kms.getPublicKey(f.root, GetPublicKeyRequest.of(key)).publicKey();
            KmsEngine restored = new KmsEngine(Fixture.ACCOUNT, Fixture.REGION, f.clock);
            restored.importState(f.kms.exportState(root), root);
            assertThat(restored.getPublicKey(f.root, GetPublicKeyRequest.of(key)).publicKey()).isEqualTo(before);
        }
    }

    @Test
    void aliases_are_not_accepted() {
        assertThatThrownBy(() -> f.kms.getKeyLastUsage(f.root, GetKeyLastUsageRequest.of("alias/x")))
                .isInstanceOf(NotFoundException.class);
    }
}
