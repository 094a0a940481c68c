package org.kmslab.sandbox.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class Aes256GcmTest {

    private final byte[] key = HexFormat.of().parseHex(
            "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");

    @Test
    void chunked_encryption_matches_a_one_shot_jdk_cipher() throws Exception {
        byte[] data = new byte[200_000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        byte[] sealed = Aes256Gcm.encrypt(key, data, null);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
        assertThat(c.doFinal(sealed, 12, sealed.length - 12)).isEqualTo(data);
        assertThat(Aes256Gcm.decrypt(key, sealed, null)).isEqualTo(data);
    }

    @Test
    void every_encryption_uses_a_fresh_iv() {
        assertThat(Aes256Gcm.encrypt(key, new byte[10], null)).isNotEqualTo(Aes256Gcm.encrypt(key, new byte[10], null));
    }

    @Test
    void a_changed_byte_or_a_wrong_key_is_refused() {
        byte[] sealed = Aes256Gcm.encrypt(key, new byte[100], null);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> Aes256Gcm.decrypt(key, sealed, null))
                .isInstanceOf(Aes256Gcm.TagMismatchException.class);
        byte[] good = Aes256Gcm.encrypt(key, new byte[100], null);
        assertThatThrownBy(() -> Aes256Gcm.decrypt(new byte[32], good, null))
                .isInstanceOf(Aes256Gcm.TagMismatchException.class);
        assertThatThrownBy(() -> Aes256Gcm.decrypt(key, new byte[10], null))
                .isInstanceOf(Aes256Gcm.TagMismatchException.class);
    }
}
