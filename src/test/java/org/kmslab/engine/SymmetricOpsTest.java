package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GenerateDataKeyWithoutPlaintextRequest;
import org.kmslab.engine.api.GenerateRandomRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.ReEncryptRequest;
import org.kmslab.engine.exception.IncorrectKeyException;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.exception.ValidationException;

class SymmetricOpsTest {

    private final Fixture f = new Fixture();

    @Test
    void re_encrypt_moves_ciphertext_to_another_key_and_context() {
        String a = f.symmetricKey();
        String b = f.symmetricKey();
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(a, new byte[] {9}, Map.of("x", "1"))).ciphertextBlob();
        var r = f.kms.reEncrypt(f.root, new ReEncryptRequest(blob, Map.of("x", "1"), null, b, Map.of("y", "2"), null,
                null, null, null));
        assertThat(r.sourceKeyId()).isEqualTo(f.arn(a));
        assertThat(r.keyId()).isEqualTo(f.arn(b));
        assertThat(r.sourceKeyMaterialId()).hasSize(64);
        var d = f.kms.decrypt(f.root, DecryptRequest.of(r.ciphertextBlob(), Map.of("y", "2")));
        assertThat(d.plaintext()).containsExactly(9);
        assertThat(d.keyId()).isEqualTo(f.arn(b));
    }

    @Test
    void re_encrypt_naming_the_wrong_source_key_fails_with_incorrect_key() {
        String a = f.symmetricKey();
        String b = f.symmetricKey();
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(a, new byte[] {9})).ciphertextBlob();
        assertThatThrownBy(() -> f.kms.reEncrypt(f.root, new ReEncryptRequest(blob, null, b, b, null, null, null,
                null, null))).isInstanceOf(IncorrectKeyException.class);
    }

    @Test
    void generate_data_key_returns_a_plaintext_key_and_its_encrypted_copy() {
        String keyId = f.symmetricKey();
        var r = f.kms.generateDataKey(f.root, GenerateDataKeyRequest.of(keyId, DataKeySpec.AES_256));
        assertThat(r.plaintext()).hasSize(32);
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(r.ciphertextBlob())).plaintext()).isEqualTo(r.plaintext());
        assertThat(r.toString()).doesNotContain(java.util.Arrays.toString(r.plaintext()));
        assertThat(f.kms.generateDataKey(f.root, GenerateDataKeyRequest.of(keyId, DataKeySpec.AES_128)).plaintext())
                .hasSize(16);
        assertThat(f.kms.generateDataKey(f.root, GenerateDataKeyRequest.ofBytes(keyId, 1024)).plaintext())
                .hasSize(1024);
    }

    @Test
    void generate_data_key_needs_exactly_one_of_key_spec_and_number_of_bytes() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.generateDataKey(f.root, GenerateDataKeyRequest.of(keyId, null, null, null)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.generateDataKey(f.root, GenerateDataKeyRequest.of(keyId, null, 32, "AES_256")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.generateDataKey(f.root, GenerateDataKeyRequest.ofBytes(keyId, 1025)))
                .isInstanceOf(ValidationException.class).hasMessage("1 validation error detected: Value '1025' at "
                        + "'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal "
                        + "to 1024");
    }

    @Test
    void generate_data_key_rejects_asymmetric_keys() {
        String rsa = f.key(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT);
        assertThatThrownBy(() -> f.kms.generateDataKey(f.root, GenerateDataKeyRequest.of(rsa, DataKeySpec.AES_256)))
                .isInstanceOf(InvalidKeyUsageException.class);
    }

    @Test
    void generate_data_key_without_plaintext_decrypts_with_its_context() {
        String keyId = f.symmetricKey();
        var r = f.kms.generateDataKeyWithoutPlaintext(f.root, GenerateDataKeyWithoutPlaintextRequest.of(keyId,
                Map.of("app", "x"), "AES_256", null));
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(r.ciphertextBlob(), Map.of("app", "x"))).plaintext())
                .hasSize(32);
    }

    @Test
    void generate_random_returns_1_to_1024_bytes() {
        assertThat(f.kms.generateRandom(f.root, GenerateRandomRequest.of(1)).plaintext()).hasSize(1);
        assertThat(f.kms.generateRandom(f.root, GenerateRandomRequest.of(1024)).plaintext()).hasSize(1024);
        assertThatThrownBy(() -> f.kms.generateRandom(f.root, GenerateRandomRequest.of(0)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.generateRandom(f.root, GenerateRandomRequest.of(null)))
                .isInstanceOf(ValidationException.class).hasMessage("NumberOfBytes is required.");
    }

    @Test
    void encrypt_with_a_sign_verify_key_is_invalid_key_usage() {
        String rsa = f.key(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY);
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(rsa, new byte[] {1})))
                .isInstanceOf(InvalidKeyUsageException.class)
                .hasMessage(f.arn(rsa) + " key usage is SIGN_VERIFY which is not valid for Encrypt.");
    }
}
