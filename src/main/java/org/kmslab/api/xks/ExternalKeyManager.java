package org.kmslab.api.xks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The external key manager behind the in-process proxy (what would be the customer's own HSM): AES-256 keys that
 * never leave it, used for AES-GCM with the AAD the XKS spec prescribes,
 * {@code len(aad) (2 bytes) ‖ aad ‖ len(ciphertextMetadata) (1 byte) ‖ ciphertextMetadata}. Thread-safe.
 */
final class ExternalKeyManager {

    /** Vendor housekeeping the proxy returns with every ciphertext (the spec allows up to 20 bytes). */
    static final byte[] CIPHERTEXT_METADATA = "kmslab-ekm-v1".getBytes(StandardCharsets.US_ASCII);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One key: its material and whether the key manager allows it to be used. */
    private record Key(SecretKey secret, boolean enabled) {
        @Override
        public String toString() {
            return "Key[redacted, enabled=" + enabled + "]";
        }
    }

    /** An encryption result in the spec's parts. */
    record Sealed(byte[] ciphertext, byte[] iv, byte[] tag, byte[] metadata) {
    }

    /** Thrown with the spec's error name. */
    static final class Refusal extends RuntimeException {
        final String errorName;

        Refusal(String errorName) {
            super(errorName, null, false, false);
            this.errorName = errorName;
        }
    }

    private final Map<String, Key> keys = new ConcurrentHashMap<>();

    String createKey() {
        try {
            KeyGenerator g = KeyGenerator.getInstance("AES");
            g.init(256, RANDOM);
            String id = "ekm-" + UUID.randomUUID();
            keys.put(id, new Key(g.generateKey(), true));
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES is missing from the JDK", e);
        }
    }

    /** Ids and statuses, ENABLED or DISABLED, in no particular order. */
    Map<String, String> statuses() {
        Map<String, String> out = new java.util.TreeMap<>();
        keys.forEach((id, k) -> out.put(id, k.enabled() ? "ENABLED" : "DISABLED"));
        return out;
    }

    boolean exists(String keyId) {
        return keys.containsKey(keyId);
    }

    void setEnabled(String keyId, boolean enabled) {
        keys.computeIfPresent(keyId, (id, k) -> new Key(k.secret(), enabled));
    }

    String status(String keyId) {
        return key(keyId, false).enabled() ? "ENABLED" : "DISABLED";
    }

    Sealed encrypt(String keyId, byte[] plaintext, byte[] aad) {
        Key k = key(keyId, true);
        byte[] iv = new byte[12];
        RANDOM.nextBytes(iv);
        byte[] out = run(Cipher.ENCRYPT_MODE, k.secret(), iv, plaintext, gcmAad(aad, CIPHERTEXT_METADATA));
        int n = out.length - 16;
        return new Sealed(java.util.Arrays.copyOf(out, n), iv, java.util.Arrays.copyOfRange(out, n, out.length),
                CIPHERTEXT_METADATA.clone());
    }

    byte[] decrypt(String keyId, byte[] ciphertext, byte[] iv, byte[] tag, byte[] aad, byte[] metadata) {
        Key k = key(keyId, true);
        if (tag.length != 16 || (iv.length != 12 && iv.length != 16) || (metadata != null && metadata.length > 20)) {
            throw new Refusal("InvalidCiphertextException");
        }
        byte[] both = ByteBuffer.allocate(ciphertext.length + 16).put(ciphertext).put(tag).array();
        return run(Cipher.DECRYPT_MODE, k.secret(), iv, both, gcmAad(aad, metadata));
    }

    private Key key(String keyId, boolean mustBeEnabled) {
        Key k = keys.get(keyId);
        if (k == null) {
            throw new Refusal("KeyNotFoundException");
        }
        if (mustBeEnabled && !k.enabled()) {
            throw new Refusal("InvalidStateException");
        }
        return k;
    }

    static byte[] gcmAad(byte[] aad, byte[] metadata) {
        byte[] a = aad == null ? new byte[0] : aad;
        byte[] m = metadata == null ? new byte[0] : metadata;
        return ByteBuffer.allocate(2 + a.length + 1 + m.length).putShort((short) a.length).put(a)
                .put((byte) m.length).put(m).array();
    }

    private static byte[] run(int mode, SecretKey key, byte[] iv, byte[] input, byte[] aad) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(128, iv));
            c.updateAAD(aad);
            return c.doFinal(input);
        } catch (AEADBadTagException e) {
            throw new Refusal("InvalidCiphertextException");
        } catch (GeneralSecurityException e) {
            throw new Refusal(mode == Cipher.DECRYPT_MODE ? "InvalidCiphertextException" : "InternalException");
        }
    }
}
