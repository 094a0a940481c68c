package org.kmslab.engine;

import java.util.ArrayList;
import java.util.List;

import org.kmslab.engine.api.CiphertextLayout;
import org.kmslab.engine.internal.format.SymmetricBlob;

/**
 * Opens a ciphertext blob for inspection without decrypting it: the UI shows which bytes are the magic, the
 * version, the key id, the material id, the IV, the header checksum, the ciphertext and the tag. The format is
 * described in {@code docs/ciphertext-format.md} and in {@link SymmetricBlob}.
 */
public final class CiphertextFormat {

    private CiphertextFormat() {
    }

    /** The blob's fields with offsets and lengths, or the reason it does not parse. Never throws. */
    public static CiphertextLayout parseCiphertext(byte[] blob) {
        SymmetricBlob.Parse p = SymmetricBlob.parse(blob);
        int total = blob == null ? 0 : blob.length;
        if (!p.ok()) {
            return new CiphertextLayout(false, p.failure(), total, null, null, null, List.of());
        }
        SymmetricBlob b = p.blob();
        int n = b.keyId().length();
        int headerEnd = b.header().length;
        List<CiphertextLayout.Field> f = new ArrayList<>();
        f.add(new CiphertextLayout.Field("magic", 0, 4, "\"KLAB\": marks a KMS Lab symmetric ciphertext"));
        f.add(new CiphertextLayout.Field("version", 4, 1, "format version " + SymmetricBlob.VERSION));
        f.add(new CiphertextLayout.Field("keyIdLength", 5, 1, "length of the key id that follows"));
        f.add(new CiphertextLayout.Field("keyId", 6, n, "the KMS key that encrypted this blob"));
        f.add(new CiphertextLayout.Field("keyMaterialId", 6 + n, SymmetricBlob.MATERIAL_ID_LENGTH,
                "which version of the key material; rotation keeps old versions so this still decrypts"));
        f.add(new CiphertextLayout.Field("iv", 38 + n, SymmetricBlob.IV_LENGTH, "AES-GCM nonce, fresh per call"));
        f.add(new CiphertextLayout.Field("headerChecksum", 50 + n, SymmetricBlob.CRC_LENGTH,
                "CRC-32C of the header, detects corruption before any key lookup"));
        f.add(new CiphertextLayout.Field("ciphertext", headerEnd, total - headerEnd - SymmetricBlob.TAG_LENGTH,
                "AES-256-GCM ciphertext, as long as the plaintext"));
        f.add(new CiphertextLayout.Field("tag", total - SymmetricBlob.TAG_LENGTH, SymmetricBlob.TAG_LENGTH,
                "GCM tag over the header, the encryption context and the ciphertext"));
        return new CiphertextLayout(true, null, total, SymmetricBlob.VERSION, b.keyId(), b.materialIdHex(),
                List.copyOf(f));
    }
}
