package org.kmslab.lessons;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DecryptResult;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.EncryptResult;
import org.kmslab.engine.api.KeyMetadata;

/**
 * The workbench of the "plaintext versus ciphertext" lesson: one key, one message, one ciphertext the learner can
 * tamper with. The lesson view and the reference-solution replay both drive the engine through this class, so what a
 * test proves is what a learner does. Engine exceptions propagate: a refused call is part of the lesson.
 */
public final class PlaintextLab {

    private final KmsEngine engine;
    private final Caller caller;
    private KeyMetadata key;
    private byte[] ciphertext;
    private int flippedOffset = -1;

    public PlaintextLab(KmsEngine engine, Caller caller) {
        this.engine = engine;
        this.caller = caller;
    }

    public KeyMetadata createKey() {
        key = engine.createKey(caller, CreateKeyRequest.symmetric()).keyMetadata();
        ciphertext = null;
        flippedOffset = -1;
        return key;
    }

    public EncryptResult encrypt(String plaintext) {
        String keyId = key().map(KeyMetadata::keyId).orElseThrow(() -> new IllegalStateException("Create a KMS key first."));
        EncryptResult result = engine.encrypt(caller, EncryptRequest.of(keyId, plaintext.getBytes(StandardCharsets.UTF_8)));
        ciphertext = result.ciphertextBlob();
        flippedOffset = -1;
        return result;
    }

    /** Decrypts the current ciphertext, as stored (and perhaps tampered with). */
    public String decrypt() {
        byte[] blob = ciphertext().orElseThrow(() -> new IllegalStateException("Encrypt a message first."));
        DecryptResult result = engine.decrypt(caller, DecryptRequest.of(blob));
        return new String(result.plaintext(), StandardCharsets.UTF_8);
    }

    /** Inverts every bit of one byte of the stored ciphertext, as an attacker with write access might. */
    public void flipByte(int offset) {
        byte[] blob = ciphertext().orElseThrow(() -> new IllegalStateException("Encrypt a message first."));
        if (offset < 0 || offset >= blob.length) {
            throw new IllegalArgumentException("Choose a byte position from 0 to " + (blob.length - 1) + ".");
        }
        blob[offset] = (byte) ~blob[offset];
        ciphertext = blob;
        flippedOffset = offset;
    }

    public Optional<KeyMetadata> key() {
        return Optional.ofNullable(key);
    }

    /** A copy of the stored ciphertext. */
    public Optional<byte[]> ciphertext() {
        return Optional.ofNullable(ciphertext).map(byte[]::clone);
    }

    /** The byte the learner flipped in the stored ciphertext, or -1. */
    public int flippedOffset() {
        return flippedOffset;
    }
}
