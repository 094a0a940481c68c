package org.kmslab.engine.internal.ops;

import java.util.HexFormat;
import java.util.Map;

import org.kmslab.engine.exception.InvalidCiphertextException;
import org.kmslab.engine.exception.KMSInvalidStateException;
import org.kmslab.engine.internal.crypto.Rng;
import org.kmslab.engine.internal.crypto.SymmetricMaterial;
import org.kmslab.engine.internal.format.EncryptionContextCodec;
import org.kmslab.engine.internal.format.SymmetricBlob;
import org.kmslab.engine.internal.store.KeyBacking;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;

/** Seals and opens symmetric blobs with a key's material versions: current version to seal, the recorded one to open. */
final class Blobs {

    private Blobs() {
    }

    /** Encrypts under the key's current material, binding header and context as AAD. */
    static byte[] seal(Call call, ManagedKey key, byte[] plaintext, Map<String, String> context) {
        MaterialVersion v = key.current().orElseThrow(() -> pendingImport(key));
        if (key.backing() == null && !(v.material() instanceof SymmetricMaterial)) {
            throw pendingImport(key);
        }
        byte[] iv = Rng.bytes(SymmetricBlob.IV_LENGTH);
        byte[] header = SymmetricBlob.header(key.keyId(), HexFormat.of().parseHex(v.materialId()), iv);
        byte[] sealed = key.backing() != null
                ? key.backing().seal(v, iv, plaintext, aad(header, context), request(call, key))
                : ((SymmetricMaterial) v.material()).seal(iv, plaintext, aad(header, context));
        call.keyMaterialId(v.materialId());
        return SymmetricBlob.assemble(header, sealed);
    }

    /** Decrypts with the material version the blob names. */
    static byte[] open(Call call, ManagedKey key, SymmetricBlob blob, Map<String, String> context) {
        MaterialVersion v = key.version(blob.materialIdHex()).orElseThrow(InvalidCiphertextException::new);
        call.keyMaterialId(v.materialId());
        if (key.backing() != null) {
            return key.backing().open(v, blob.iv(), blob.sealed(), aad(blob.header(), context), request(call, key));
        }
        if (!(v.material() instanceof SymmetricMaterial m)) {
            throw pendingImport(key);
        }
        return m.open(blob.iv(), blob.sealed(), aad(blob.header(), context));
    }

    /** The call, as the custom key store backing passes it on (the XKS proxy's requestMetadata). */
    private static KeyBacking.Request request(Call call, ManagedKey key) {
        return new KeyBacking.Request(call.caller().principalArn(), call.operation().wire(), call.requestId(),
                key.arn());
    }

    /** Parses a symmetric blob or fails as AWS does, with an empty InvalidCiphertextException. */
    static SymmetricBlob parse(byte[] ciphertext) {
        SymmetricBlob.Parse p = SymmetricBlob.parse(ciphertext);
        if (!p.ok()) {
            throw new InvalidCiphertextException();
        }
        return p.blob();
    }

    private static byte[] aad(byte[] header, Map<String, String> context) {
        byte[] ec = EncryptionContextCodec.encode(context);
        byte[] out = new byte[header.length + ec.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(ec, 0, out, header.length, ec.length);
        return out;
    }

    private static KMSInvalidStateException pendingImport(ManagedKey key) {
        return new KMSInvalidStateException(key.arn() + " is pending import.");
    }
}
