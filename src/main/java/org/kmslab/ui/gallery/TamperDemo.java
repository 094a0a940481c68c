package org.kmslab.ui.gallery;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.kmslab.engine.CiphertextFormat;
import org.kmslab.engine.api.CiphertextLayout;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;

/** Encrypts a message, lets the learner flip bytes of the stored blob, and tries to decrypt what is left. */
final class TamperDemo {

    static final String MESSAGE = "Meet at the north gate at dawn.";

    private final GalleryEngine engine;
    private String keyId;
    private byte[] blob;
    private CiphertextLayout layout;
    private final Set<Integer> flipped = new TreeSet<>();

    TamperDemo(GalleryEngine engine) {
        this.engine = engine;
    }

    GalleryEngine.Outcome encrypt() {
        if (keyId == null) {
            keyId = engine.kms().createKey(engine.root(), CreateKeyRequest.symmetric()
                    .withDescription("ciphertext inspector demo")).keyMetadata().keyId();
        }
        return engine.run("Encrypt", () -> {
            blob = engine.kms().encrypt(engine.root(), EncryptRequest.of(keyId,
                    MESSAGE.getBytes(StandardCharsets.UTF_8))).ciphertextBlob();
            layout = CiphertextFormat.parseCiphertext(blob);
            flipped.clear();
        });
    }

    /** Inverts every bit of one stored byte; flipping it again restores it. */
    void flip(int offset) {
        if (blob == null || offset < 0 || offset >= blob.length) {
            throw new IllegalArgumentException("No byte " + offset + " to flip.");
        }
        blob[offset] = (byte) ~blob[offset];
        if (!flipped.remove(offset)) {
            flipped.add(offset);
        }
    }

    GalleryEngine.Outcome decrypt() {
        byte[] copy = blob.clone();
        return engine.run("Decrypt", () -> engine.kms().decrypt(engine.root(), DecryptRequest.of(copy)));
    }

    boolean hasBlob() {
        return blob != null;
    }

    byte[] blob() {
        return blob.clone();
    }

    /** The layout read before any tampering. */
    CiphertextLayout layout() {
        return layout;
    }

    Set<Integer> flipped() {
        return Set.copyOf(flipped);
    }
}
