package org.kmslab.engine.internal.ops;

import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.api.MessageType;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SignResult;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.VerifyRequest;
import org.kmslab.engine.api.VerifyResult;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.exception.KMSInvalidSignatureException;
import org.kmslab.engine.internal.crypto.AsymmetricMaterial;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * Sign and Verify with RSASSA-PSS, RSASSA-PKCS1-v1_5, ECDSA, SM2DSA, Ed25519 and ML-DSA, for RAW messages (up to
 * 4096 bytes, hashed by KMS), DIGEST messages (exactly the digest length, not hashed again except by Ed25519ph's own
 * prehash) and ML-DSA EXTERNAL_MU (a 64-byte μ).
 * Source: https://docs.aws.amazon.com/kms/latest/APIReference/API_Sign.html
 */
public final class Signing {

    private final KeyResolver resolver;

    public Signing(KeyResolver resolver) {
        this.resolver = resolver;
    }

    public SignResult sign(Call call, SignRequest r) {
        Checked c = check(call, r.keyId(), r.message(), r.messageType(), r.signingAlgorithm(), "kms:Sign",
                r.grantTokens());
        Validate.dryRun(r.dryRun());
        return new SignResult(c.key().arn(), material(call, c.key()).sign(c.algorithm(), c.type(), r.message()),
                c.algorithm().wire());
    }

    public VerifyResult verify(Call call, VerifyRequest r) {
        Validate.blob("signature", r.signature(), 1, 6144);
        Checked c = check(call, r.keyId(), r.message(), r.messageType(), r.signingAlgorithm(), "kms:Verify",
                r.grantTokens());
        Validate.dryRun(r.dryRun());
        if (!material(call, c.key()).verify(c.algorithm(), c.type(), r.message(), r.signature())) {
            throw new KMSInvalidSignatureException();
        }
        return new VerifyResult(c.key().arn(), true, c.algorithm().wire());
    }

    private record Checked(ManagedKey key, SigningAlgorithm algorithm, MessageType type) {
    }

    private Checked check(Call call, String keyId, byte[] message, String messageType, String algorithm,
            String action, java.util.List<String> grantTokens) {
        Validate.required("keyId", keyId);
        Validate.blob("message", message, 1, 4096);
        Validate.required("signingAlgorithm", algorithm);
        SigningAlgorithm alg = SigningAlgorithm.fromWire("signingAlgorithm", algorithm);
        MessageType type = MessageType.fromWire("messageType", messageType);
        type = type == null ? MessageType.RAW : type;
        Validate.grantTokens(grantTokens);
        ManagedKey key = resolver.usable(call, keyId, action, null, grantTokens);
        if (!KeySpecs.signingAlgorithms(key.spec(), key.usage()).contains(alg)) {
            throw new InvalidKeyUsageException("Algorithm " + alg.wire() + " is incompatible with key spec "
                    + key.spec().wire() + ".");
        }
        checkMessageType(alg, type, message.length);
        return new Checked(key, alg, type);
    }

    /**
     * AWS's message-type rules (API_Sign, {@code MessageType}): ED25519_SHA_512 takes RAW only and
     * ED25519_PH_SHA_512 DIGEST only; EXTERNAL_MU (a 64-byte μ) is for ML-DSA only, which has no DIGEST; a DIGEST
     * or μ must have exactly the length of the algorithm's hash.
     */
    private static void checkMessageType(SigningAlgorithm alg, MessageType type, int length) {
        boolean mlDsa = alg == SigningAlgorithm.ML_DSA_SHAKE_256;
        if (alg == SigningAlgorithm.ED25519_SHA_512 && type != MessageType.RAW
                || alg == SigningAlgorithm.ED25519_PH_SHA_512 && type != MessageType.DIGEST
                || type == MessageType.EXTERNAL_MU && !mlDsa || type == MessageType.DIGEST && mlDsa) {
            throw Validate.fail("MessageType " + type.wire() + " is not valid for signing algorithm " + alg.wire()
                    + ".");
        }
        if (type != MessageType.RAW && length != digestLength(alg)) {
            throw Validate.fail("Digest is invalid length for algorithm " + alg.wire() + ".");
        }
    }

    /** Bytes of the digest (or μ) a non-RAW message must have: SHA-256/384/512 by name, SM3 32, SHAKE256 μ 64. */
    static int digestLength(SigningAlgorithm alg) {
        return switch (alg) {
            case SM2DSA -> 32;
            case ML_DSA_SHAKE_256, ED25519_PH_SHA_512, ED25519_SHA_512 -> 64;
            default -> Integer.parseInt(alg.wire().substring(alg.wire().length() - 3)) / 8;
        };
    }

    static AsymmetricMaterial material(Call call, ManagedKey key) {
        var v = key.current().orElseThrow();
        call.keyMaterialId(v.materialId());
        return (AsymmetricMaterial) v.material();
    }
}
