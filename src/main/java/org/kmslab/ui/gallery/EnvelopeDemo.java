package org.kmslab.ui.gallery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.DoubleConsumer;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;

/**
 * Envelope encryption for real: GenerateDataKey, AES-GCM on the data locally, the plaintext key zeroed, ciphertext
 * and encrypted key "stored", then Decrypt of the data key and local decryption. The plaintext data key never
 * leaves this class.
 */
final class EnvelopeDemo {

    static final int DATA_BYTES = 8 * 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    private final GalleryEngine engine;
    private final SecureRandom random = new SecureRandom();
    private String keyId;
    private byte[] plainKey;
    private byte[] encryptedKey;
    private byte[] iv;
    private byte[] ciphertext;
    private byte[] data;
    private boolean stored;

    EnvelopeDemo(GalleryEngine engine) {
        this.engine = engine;
    }

    GalleryEngine.Outcome generateDataKey() {
        if (keyId == null) {
            keyId = engine.kms().createKey(engine.root(), CreateKeyRequest.symmetric()
                    .withDescription("envelope encryption demo")).keyMetadata().keyId();
        }
        return engine.run("GenerateDataKey", () -> {
            var result = engine.kms().generateDataKey(engine.root(), GenerateDataKeyRequest.of(keyId, DataKeySpec.AES_256));
            plainKey = result.plaintext();
            encryptedKey = result.ciphertextBlob();
        });
    }

    /** Encrypts {@link #DATA_BYTES} of sample data in chunks, reporting progress from 0 to 100. */
    void encryptLocally(DoubleConsumer progress) throws GeneralSecurityException {
        requireKey();
        data = new byte[DATA_BYTES];
        byte[] line = "Quarterly figures, confidential.\n".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < data.length; i++) {
            data[i] = line[i % line.length];
        }
        iv = new byte[12];
        random.nextBytes(iv);
        Cipher gcm = cipher(Cipher.ENCRYPT_MODE);
        byte[] out = new byte[gcm.getOutputSize(data.length)];
        int written = 0;
        for (int off = 0; off < data.length; off += CHUNK) {
            written += gcm.update(data, off, Math.min(CHUNK, data.length - off), out, written);
            progress.accept(100.0 * (off + CHUNK) / data.length);
        }
        gcm.doFinal(out, written);
        ciphertext = out;
        progress.accept(100);
    }

    /** Zeroes the plaintext data key, as an application must once it has encrypted. */
    void discardKey() {
        if (plainKey != null) {
            Arrays.fill(plainKey, (byte) 0);
            plainKey = null;
        }
    }

    void storeInBucket() {
        if (ciphertext == null || encryptedKey == null) {
            throw new IllegalStateException("Generate a data key and encrypt locally first.");
        }
        stored = true;
    }

    GalleryEngine.Outcome decryptDataKey() {
        if (encryptedKey == null) {
            throw new IllegalStateException("Generate a data key first.");
        }
        return engine.run("Decrypt", () -> plainKey =
                engine.kms().decrypt(engine.root(), DecryptRequest.of(encryptedKey)).plaintext());
    }

    /** Decrypts the stored data with the recovered key; true when it matches the original. */
    boolean decryptLocally() throws GeneralSecurityException {
        requireKey();
        if (ciphertext == null) {
            throw new IllegalStateException("Encrypt locally first.");
        }
        return Arrays.equals(cipher(Cipher.DECRYPT_MODE).doFinal(ciphertext), data);
    }

    boolean stored() {
        return stored;
    }

    int encryptedKeyLength() {
        return encryptedKey == null ? 0 : encryptedKey.length;
    }

    private Cipher cipher(int mode) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, new SecretKeySpec(plainKey, "AES"), new GCMParameterSpec(128, iv));
        return c;
    }

    private void requireKey() {
        if (plainKey == null) {
            throw new IllegalStateException("There is no plaintext data key: generate one, or decrypt the encrypted one.");
        }
    }
}
