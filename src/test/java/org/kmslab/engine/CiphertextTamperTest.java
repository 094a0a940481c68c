package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmslab.engine.api.CiphertextLayout;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.exception.InvalidCiphertextException;

class CiphertextTamperTest {

    private final Fixture f = new Fixture();
    private final String keyId = f.symmetricKey();
    private final Map<String, String> ctx = Map.of("purpose", "test");
    private final byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[100], ctx))
            .ciphertextBlob();

    @Test
    void flipping_any_bit_anywhere_in_the_blob_fails_with_invalid_ciphertext() {
        for (int i = 0; i < blob.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] t = blob.clone();
                t[i] ^= (byte) (1 << bit);
                int at = i;
                assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(t, ctx)))
                        .as("byte %d bit %d", at, bit).isInstanceOf(InvalidCiphertextException.class);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"magic", "version", "keyIdLength", "keyId", "keyMaterialId", "iv", "headerChecksum",
        "ciphertext", "tag"})
    void tampering_each_named_region_fails_and_still_fails_with_the_key_named(String region) {
        CiphertextLayout.Field field = CiphertextFormat.parseCiphertext(blob).fields().stream()
                .filter(x -> x.name().equals(region)).findFirst().orElseThrow();
        byte[] t = blob.clone();
        t[field.offset() + field.length() / 2] ^= 0x5A;
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(t, ctx)))
                .isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void truncated_and_extended_blobs_fail() {
        for (int len : new int[] {1, 5, 20, blob.length - 1}) {
            byte[] t = java.util.Arrays.copyOf(blob, len);
            assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(t, ctx)))
                    .isInstanceOf(InvalidCiphertextException.class);
        }
        byte[] longer = java.util.Arrays.copyOf(blob, blob.length + 1);
        assertThatThrownBy(() -> f.kms.decrypt(f.root, DecryptRequest.of(longer, ctx)))
                .isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void layout_names_every_region_without_decrypting() {
        CiphertextLayout layout = CiphertextFormat.parseCiphertext(blob);
        assertThat(layout.parsed()).isTrue();
        assertThat(layout.keyId()).isEqualTo(keyId);
        assertThat(layout.keyMaterialId()).hasSize(64);
        assertThat(layout.fields()).extracting(CiphertextLayout.Field::name).containsExactly("magic", "version",
                "keyIdLength", "keyId", "keyMaterialId", "iv", "headerChecksum", "ciphertext", "tag");
        int end = 0;
        for (CiphertextLayout.Field x : layout.fields()) {
            assertThat(x.offset()).isEqualTo(end);
            end += x.length();
        }
        assertThat(end).isEqualTo(blob.length);
        assertThat(layout.fields().get(7).length()).isEqualTo(100);
    }

    @Test
    void layout_explains_why_garbage_does_not_parse() {
        CiphertextLayout layout = CiphertextFormat.parseCiphertext(new byte[] {1, 2, 3, 4, 5, 6, 7});
        assertThat(layout.parsed()).isFalse();
        assertThat(layout.failureReason()).contains("magic");
        assertThat(CiphertextFormat.parseCiphertext(null).parsed()).isFalse();
    }
}
