package org.kmslab.engine.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeySpecs;

/**
 * Wraps and unwraps material, import wrapping keys and fingerprints for exported state. Promise: no secret is ever
 * returned unwrapped; the AAD names what is wrapped, so swapping wrapped blobs between keys fails to open.
 */
public final class MaterialCodec {

    private MaterialCodec() {
    }

    public static byte[] wrap(StateKey key, KeyMaterial m, String keyId, String materialId) {
        byte[] raw = switch (m) {
            case SymmetricMaterial s -> s.raw();
            case HmacMaterial h -> h.raw();
            case AsymmetricMaterial a -> a.privatePkcs8();
        };
        try {
            return key.seal(raw, aad("material", keyId, materialId));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    public static KeyMaterial unwrap(StateKey key, byte[] wrapped, KeySpec spec, String keyId, String materialId) {
        byte[] raw = key.open(wrapped, aad("material", keyId, materialId));
        try {
            if (spec == KeySpec.SYMMETRIC_DEFAULT) {
                return SymmetricMaterial.of(raw);
            }
            if (KeySpecs.isHmac(spec)) {
                return HmacMaterial.of(spec, raw);
            }
            AsymmetricMaterial a = AsymmetricMaterial.fromPkcs8(spec, raw);
            if (a == null) {
                throw new IllegalArgumentException("stored material does not match its key spec");
            }
            return a;
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    public static byte[] wrapImportKey(StateKey key, ImportWrappingKey k, String keyId) {
        return key.seal(k.privatePkcs8(), aad("import", keyId, ""));
    }

    public static ImportWrappingKey unwrapImportKey(StateKey key, byte[] wrapped, String keyId) {
        return ImportWrappingKey.fromPkcs8(key.open(wrapped, aad("import", keyId, "")));
    }

    /** A secret string (a kmsuser password, a proxy's SigV4 secret) wrapped under the state key for {@code owner}. */
    public static byte[] wrapSecret(StateKey key, String secret, String owner) {
        return key.seal(secret.getBytes(StandardCharsets.UTF_8), aad("secret", owner, ""));
    }

    public static String unwrapSecret(StateKey key, byte[] wrapped, String owner) {
        return new String(key.open(wrapped, aad("secret", owner, "")), StandardCharsets.UTF_8);
    }

    /** Fingerprints are one-way digests, not secrets; they are stored as is. */
    public static byte[] fingerprintBytes(MaterialFingerprint f) {
        return f.digest();
    }

    public static MaterialFingerprint fingerprint(byte[] digest) {
        return MaterialFingerprint.restore(digest);
    }

    private static byte[] aad(String kind, String keyId, String materialId) {
        return ("kmslab-state-v1|" + kind + "|" + keyId + "|" + materialId).getBytes(StandardCharsets.UTF_8);
    }
}
