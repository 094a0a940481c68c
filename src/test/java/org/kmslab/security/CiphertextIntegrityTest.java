package org.kmslab.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DataKeyPairSpec;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyPairRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.exception.InvalidCiphertextException;

/**
 * Every single-bit flip of a sample blob of each kind KMS Lab writes (an Encrypt ciphertext, a data key from
 * GenerateDataKey, a data key pair's private key from GenerateDataKeyPair) makes Decrypt fail with
 * InvalidCiphertextException: no flip is accepted, and none fails any other way.
 */
class CiphertextIntegrityTest {

    private static final String ACCOUNT = "111122223333";
    private static final Map<String, String> CONTEXT = Map.of("tenant", "blue");
    private static final KmsEngine KMS = new KmsEngine(ACCOUNT, "us-east-1", EngineClock.system());
    private static final Caller ROOT = Caller.root(ACCOUNT, CallSource.LESSON);

    static Stream<Arguments> blobs() {
        String key = KMS.createKey(ROOT, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        byte[] symmetric = KMS.encrypt(ROOT, EncryptRequest.of(key, "attack at dawn".getBytes(), CONTEXT))
                .ciphertextBlob();
        byte[] dataKey = KMS.generateDataKey(ROOT, GenerateDataKeyRequest.of(key, CONTEXT, null,
                DataKeySpec.AES_256.wire())).ciphertextBlob();
        byte[] privateKey = KMS.generateDataKeyPair(ROOT, GenerateDataKeyPairRequest.of(CONTEXT, key,
                DataKeyPairSpec.ECC_NIST_P256.wire())).privateKeyCiphertextBlob();
        return Stream.of(Arguments.of("symmetric ciphertext", symmetric), Arguments.of("data key", dataKey),
                Arguments.of("data key pair private key", privateKey));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blobs")
    void every_single_bit_flip_is_an_invalid_ciphertext(String kind, byte[] blob) {
        assertThat(KMS.decrypt(ROOT, DecryptRequest.of(blob, CONTEXT)).plaintext()).isNotEmpty();
        int flips = 0;
        for (int i = 0; i < blob.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = blob.clone();
                tampered[i] ^= (byte) (1 << bit);
                Throwable thrown = catchThrowable(() -> KMS.decrypt(ROOT, DecryptRequest.of(tampered, CONTEXT)));
                assertThat(thrown).as("%s: byte %d bit %d", kind, i, bit)
                        .isInstanceOf(InvalidCiphertextException.class);
                flips++;
            }
        }
        assertThat(flips).isEqualTo(blob.length * 8);
    }
}
