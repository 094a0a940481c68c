package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DeleteImportedKeyMaterialRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GetParametersForImportRequest;
import org.kmslab.engine.api.GetParametersForImportResult;
import org.kmslab.engine.api.ImportKeyMaterialRequest;
import org.kmslab.engine.api.WrappingKeySpec;
import org.kmslab.engine.exception.ExpiredImportTokenException;
import org.kmslab.engine.exception.IncorrectKeyMaterialException;
import org.kmslab.engine.exception.InvalidImportTokenException;
import org.kmslab.engine.exception.KMSInvalidStateException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.ValidationException;

class ImportTest {

    private final Fixture f = new Fixture();
    private final String keyId = f.kms.createKey(f.root, CreateKeyRequest.external()).keyMetadata().keyId();
    private final byte[] material = random(32);

    @Test
    void a_new_external_key_is_pending_import_and_unusable() {
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {1})))
                .isInstanceOf(KMSInvalidStateException.class).hasMessage(f.arn(keyId) + " is pending import.");
    }

    @Test
    void import_with_rsaes_oaep_sha_256_enables_the_key() throws Exception {
        importMaterial(AlgorithmSpec.RSAES_OAEP_SHA_256, material);
        var md = f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata();
        assertThat(md.keyState()).isEqualTo("Enabled");
        assertThat(md.expirationModel()).isEqualTo("KEY_MATERIAL_DOES_NOT_EXPIRE");
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {7})).ciphertextBlob();
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob)).plaintext()).containsExactly(7);
    }

    @Test
    void import_with_rsa_aes_key_wrap_works() throws Exception {
        importMaterial(AlgorithmSpec.RSA_AES_KEY_WRAP_SHA_256, material);
        assertThat(f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata().keyState())
                .isEqualTo("Enabled");
    }

    @Test
    void expiring_material_expires_on_the_engine_clock_and_reimport_brings_old_ciphertext_back() throws Exception {
        var params = params(AlgorithmSpec.RSAES_OAEP_SHA_1);
        f.kms.importKeyMaterial(f.root, ImportKeyMaterialRequest.expiring(keyId, params.importToken(),
                wrap(params, AlgorithmSpec.RSAES_OAEP_SHA_1, material), Fixture.START.plus(Duration.ofDays(10))));
        var md = f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata();
        assertThat(md.validTo()).isEqualTo(Fixture.START.plus(Duration.ofDays(10)));
        assertThat(md.expirationModel()).isEqualTo("KEY_MATERIAL_EXPIRES");
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {5})).ciphertextBlob();
        f.clock.advance(Duration.ofDays(10));
        f.kms.runDueTasks();
        assertThat(f.lastEvent().eventName()).isEqualTo("DeleteExpiredKeyMaterial");
        assertThat(f.lastEvent().eventType()).isEqualTo(EventType.AWS_SERVICE_EVENT);
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob)))
                .isInstanceOf(KMSInvalidStateException.class);
        importMaterial(AlgorithmSpec.RSAES_OAEP_SHA_256, material);
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob)).plaintext()).containsExactly(5);
    }

    @Test
    void different_material_is_rejected_after_deletion() throws Exception {
        importMaterial(AlgorithmSpec.RSAES_OAEP_SHA_256, material);
        var deleted = f.kms.deleteImportedKeyMaterial(f.root, DeleteImportedKeyMaterialRequest.of(keyId));
        assertThat(deleted.keyMaterialId()).hasSize(64);
        assertThat(f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata().keyState())
                .isEqualTo("PendingImport");
        assertThatThrownBy(() -> importMaterial(AlgorithmSpec.RSAES_OAEP_SHA_256, random(32)))
                .isInstanceOf(IncorrectKeyMaterialException.class);
    }

    @Test
    void a_new_get_parameters_call_replaces_the_token_and_tokens_expire_after_24_hours() throws Exception {
        var first = params(AlgorithmSpec.RSAES_OAEP_SHA_256);
        assertThat(first.parametersValidTo()).isEqualTo(Fixture.START.plus(Duration.ofHours(24)));
        var second = params(AlgorithmSpec.RSAES_OAEP_SHA_256);
        assertThatThrownBy(() -> f.kms.importKeyMaterial(f.root, ImportKeyMaterialRequest.of(keyId,
                first.importToken(), wrap(first, AlgorithmSpec.RSAES_OAEP_SHA_256, material))))
                .isInstanceOf(InvalidImportTokenException.class);
        f.clock.advance(Duration.ofHours(24));
        assertThatThrownBy(() -> f.kms.importKeyMaterial(f.root, ImportKeyMaterialRequest.of(keyId,
                second.importToken(), wrap(second, AlgorithmSpec.RSAES_OAEP_SHA_256, material))))
                .isInstanceOf(ExpiredImportTokenException.class);
    }

    @Test
    void expires_without_valid_to_is_a_validation_error() {
        var p = params(AlgorithmSpec.RSAES_OAEP_SHA_256);
        assertThatThrownBy(() -> f.kms.importKeyMaterial(f.root, ImportKeyMaterialRequest.of(keyId, p.importToken(),
                new byte[10], null, "KEY_MATERIAL_EXPIRES"))).isInstanceOf(ValidationException.class)
                .hasMessage("A validTo date must be set if the ExpirationModel is KEY_MATERIAL_EXPIRES");
    }

    @Test
    void get_parameters_for_import_is_unsupported_for_aws_kms_keys() {
        String normal = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.getParametersForImport(f.root, GetParametersForImportRequest.of(normal,
                AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec.RSA_2048)))
                .isInstanceOf(KmsUnsupportedOperationException.class)
                .hasMessage(f.arn(normal) + " origin is AWS_KMS which is not valid for this operation.");
    }

    @Test
    void import_events_never_carry_the_token_or_the_material() throws Exception {
        importMaterial(AlgorithmSpec.RSAES_OAEP_SHA_256, material);
        EngineEvent e = f.lastEvent();
        assertThat(e.eventName()).isEqualTo("ImportKeyMaterial");
        assertThat(e.requestParameters()).containsOnlyKeys("keyId", "expirationModel");
    }

    private GetParametersForImportResult params(AlgorithmSpec alg) {
        return f.kms.getParametersForImport(f.root, GetParametersForImportRequest.of(keyId, alg,
                WrappingKeySpec.RSA_2048));
    }

    private void importMaterial(AlgorithmSpec alg, byte[] raw) throws Exception {
        var p = params(alg);
        f.kms.importKeyMaterial(f.root, ImportKeyMaterialRequest.of(keyId, p.importToken(), wrap(p, alg, raw)));
    }

    /** What a learner does offline with the public wrapping key. */
    static byte[] wrap(GetParametersForImportResult p, AlgorithmSpec alg, byte[] raw) throws Exception {
        PublicKey pub = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(p.publicKey()));
        boolean sha1 = alg.wire().endsWith("SHA_1");
        OAEPParameterSpec oaep = new OAEPParameterSpec(sha1 ? "SHA-1" : "SHA-256", "MGF1",
                sha1 ? MGF1ParameterSpec.SHA1 : MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.ENCRYPT_MODE, pub, oaep);
        if (!alg.wire().startsWith("RSA_AES_KEY_WRAP")) {
            return rsa.doFinal(raw);
        }
        byte[] aes = random(32);
        Cipher kwp = Cipher.getInstance("AES/KWP/NoPadding");
        kwp.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(aes, "AES"));
        byte[] a = rsa.doFinal(aes);
        byte[] b = kwp.doFinal(raw);
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }
}
