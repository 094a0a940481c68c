package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.EncryptResult;
import org.kmslab.engine.exception.AccessDeniedException;
import org.kmslab.engine.exception.DryRunOperationException;
import org.kmslab.engine.exception.IncorrectKeyException;
import org.kmslab.engine.exception.InvalidCiphertextException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.exception.ValidationException;

class EncryptDecryptTest {

    private final Fixture f = new Fixture();
    private final byte[] secret = "attack at dawn".getBytes(StandardCharsets.UTF_8);

    @Test
    void encrypt_then_decrypt_without_key_id_returns_the_plaintext() {
        String keyId = f.symmetricKey();
        EncryptResult enc = f.kms.encrypt(f.root, EncryptRequest.of(keyId, secret));
        assertThat(enc.keyId()).isEqualTo(f.arn(keyId));
        assertThat(enc.encryptionAlgorithm()).isEqualTo("SYMMETRIC_DEFAULT");
        var dec = f.kms.decrypt(f.root, DecryptRequest.of(enc.ciphertextBlob()));
        assertThat(dec.plaintext()).isEqualTo(secret);
        assertThat(dec.keyId()).isEqualTo(f.arn(keyId));
        assertThat(dec.keyMaterialId()).hasSize(64);
    }

    @Test
    void encrypt_accepts_every_identifier_form() {
        String keyId = f.symmetricKey();
        for (String id : new String[] {keyId, f.arn(keyId)}) {
            byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(id, secret)).ciphertextBlob();
            assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob).withKeyId(id)).plaintext()).isEqualTo(secret);
        }
    }

    @Test
    void encryption_context_must_match_exactly_but_order_does_not_matter() {
        String keyId = f.symmetricKey();
        Map<String, String> ctx = new java.util.LinkedHashMap<>();
        ctx.put("a", "1");
        ctx.put("b", "2");
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, secret, ctx)).ciphertextBlob();
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob, Map.of("b", "2", "a", "1"))).plaintext())
                .isEqualTo(secret);
        for (Map<String, String> wrong : java.util.List.of(Map.<String, String>of(), Map.of("a", "1"),
                Map.of("a", "1", "b", "2", "c", "3"), Map.of("A", "1", "b", "2"), Map.of("a", "1", "b", "X"))) {
            assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob, wrong)))
                    .isInstanceOf(InvalidCiphertextException.class).hasMessage("");
        }
    }

    @Test
    void encryption_context_encoding_is_unambiguous() {
        String keyId = f.symmetricKey();
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, secret, Map.of("ab", "c"))).ciphertextBlob();
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob, Map.of("a", "bc"))))
                .isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void encrypt_rejects_empty_plaintext_with_aws_message() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[0])))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value at 'plaintext' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 1");
    }

    @Test
    void encrypt_accepts_4096_bytes_and_rejects_4097_with_aws_message() {
        String keyId = f.symmetricKey();
        byte[] max = new byte[4096];
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, max)).ciphertextBlob();
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob)).plaintext()).isEqualTo(max);
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[4097])))
                .isInstanceOf(ValidationException.class)
                .hasMessage("1 validation error detected: Value at 'plaintext' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 4096");
    }

    @Test
    void decrypt_naming_another_key_fails_with_incorrect_key() {
        String a = f.symmetricKey();
        String b = f.symmetricKey();
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(a, secret)).ciphertextBlob();
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob).withKeyId(b)))
                .isInstanceOf(IncorrectKeyException.class)
                .hasMessage("The key ID in the request does not identify a CMK that can perform this operation.");
    }

    @Test
    void encrypt_with_unknown_key_fails_with_not_found() {
        String missing = "11111111-2222-3333-4444-555555555555";
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(missing, secret)))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("Key '" + f.arn(missing) + "' does not exist");
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of("nonsense", secret)))
                .isInstanceOf(NotFoundException.class).hasMessage("Invalid keyId 'nonsense'");
    }

    @Test
    void decrypt_of_a_blob_naming_an_unknown_key_is_access_denied() {
        Fixture other = new Fixture();
        byte[] blob = other.kms.encrypt(other.root, EncryptRequest.of(other.symmetricKey(), secret))
                .ciphertextBlob();
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(blob)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("The ciphertext refers to a customer master key that does not exist, does not exist in "
                        + "this region, or you are not allowed to access.");
    }

    @Test
    void dry_run_stops_after_all_checks() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, secret).withDryRun(true)))
                .isInstanceOf(DryRunOperationException.class)
                .hasMessage("The request would have succeeded, but the DryRun option is set.");
    }

    @Test
    void describe_key_reports_symmetric_metadata() {
        String keyId = f.symmetricKey();
        var md = f.kms.describeKey(f.root, DescribeKeyRequest.of(keyId)).keyMetadata();
        assertThat(md.aWSAccountId()).isEqualTo(Fixture.ACCOUNT);
        assertThat(md.arn()).isEqualTo(f.arn(keyId));
        assertThat(md.keySpec()).isEqualTo("SYMMETRIC_DEFAULT");
        assertThat(md.keyUsage()).isEqualTo("ENCRYPT_DECRYPT");
        assertThat(md.keyState()).isEqualTo("Enabled");
        assertThat(md.enabled()).isTrue();
        assertThat(md.origin()).isEqualTo("AWS_KMS");
        assertThat(md.keyManager()).isEqualTo("CUSTOMER");
        assertThat(md.encryptionAlgorithms()).containsExactly("SYMMETRIC_DEFAULT");
        assertThat(md.signingAlgorithms()).isNull();
        assertThat(md.currentKeyMaterialId()).hasSize(64);
        assertThat(md.creationDate()).isEqualTo(Fixture.START);
    }
}
