package org.kmslab.audit;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kmslab.engine.EngineEvent;

/**
 * Which AWS KMS request quota a call counts against (https://docs.aws.amazon.com/kms/latest/developerguide/requests-per-second.html):
 * the shared cryptographic quotas {@code CryptographicOperationsSymmetric}, {@code CryptographicOperationsRsa},
 * {@code CryptographicOperationsEcc} (ECC and SM2) and {@code CryptographicOperationsMlDsa}; a
 * {@code GenerateDataKeyPair (<spec>)} quota per key pair spec; and one quota per API for everything else, named
 * after the operation (as CloudWatch's {@code AWS/Usage} {@code Resource} dimension names them).
 *
 * <p>The key type is read from the call itself where CloudTrail shows it (the {@code encryptionAlgorithm} or
 * {@code signingAlgorithm} parameter), else from the key spec this book learned from the key's CreateKey or
 * DescribeKey response; a key never seen counts as symmetric. Thread-safe.
 */
final class QuotaClasses {

    static final String SYMMETRIC = "CryptographicOperationsSymmetric";
    static final String RSA = "CryptographicOperationsRsa";
    static final String ECC = "CryptographicOperationsEcc";
    static final String ML_DSA = "CryptographicOperationsMlDsa";

    /** Operations that share the cryptographic quotas; which one depends on the key type. */
    private static final Set<String> CRYPTOGRAPHIC = Set.of("Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey",
            "GenerateDataKeyWithoutPlaintext", "GenerateMac", "VerifyMac", "GenerateRandom", "Sign", "Verify",
            "DeriveSharedSecret");

    private final Map<String, String> keySpecs = new ConcurrentHashMap<>();

    /** The quota class of an API call; null for KMS-initiated service events, which are not requests. */
    private static final java.util.Set<String> KEY_PAIR_SPECS = java.util.Arrays.stream(
            org.kmslab.engine.api.DataKeyPairSpec.values()).map(org.kmslab.engine.api.DataKeyPairSpec::wire)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    String classify(EngineEvent e) {
        learn(e);
        if (e.eventType() != org.kmslab.engine.EventType.AWS_API_CALL) {
            return null;
        }
        String op = e.eventName();
        Map<String, Object> params = e.requestParameters() == null ? Map.of() : e.requestParameters();
        if (op.startsWith("GenerateDataKeyPair")) {
            Object spec = params.get("keyPairSpec");
            // Only a real spec names a quota: a refused call may carry any string (the column holds 128 characters).
            return spec == null || !KEY_PAIR_SPECS.contains(wire(spec)) ? "GenerateDataKeyPair"
                    : "GenerateDataKeyPair (" + wire(spec) + ")";
        }
        if (!CRYPTOGRAPHIC.contains(op)) {
            return op;
        }
        if (op.equals("DeriveSharedSecret")) {
            return ECC;
        }
        if (op.equals("GenerateRandom") || op.endsWith("Mac") || op.startsWith("GenerateDataKey")) {
            return SYMMETRIC;
        }
        String byAlgorithm = byAlgorithm(params.get("signingAlgorithm"));
        if (byAlgorithm == null) {
            byAlgorithm = byAlgorithm(params.get("encryptionAlgorithm"));
        }
        if (byAlgorithm == null) {
            byAlgorithm = byAlgorithm(params.get("sourceEncryptionAlgorithm"));
        }
        return byAlgorithm != null ? byAlgorithm : byKeySpec(keySpecs.get(String.valueOf(e.keyArn())));
    }

    static String byAlgorithm(Object algorithm) {
        if (algorithm == null) {
            return null;
        }
        String a = wire(algorithm);
        if (a.equals("SYMMETRIC_DEFAULT")) {
            return SYMMETRIC;
        }
        if (a.startsWith("RSA")) {
            return RSA;
        }
        if (a.startsWith("ECDSA") || a.startsWith("SM2") || a.startsWith("ED25519")) {
            return ECC;
        }
        if (a.startsWith("ML_DSA")) {
            return ML_DSA;
        }
        return null;
    }

    static String byKeySpec(String keySpec) {
        if (keySpec == null) {
            return SYMMETRIC;
        }
        if (keySpec.startsWith("RSA")) {
            return RSA;
        }
        if (keySpec.startsWith("ECC") || keySpec.equals("SM2")) {
            return ECC;
        }
        if (keySpec.startsWith("ML_DSA")) {
            return ML_DSA;
        }
        return SYMMETRIC;
    }

    /** Remembers the key spec that a CreateKey or DescribeKey response reveals. */
    private void learn(EngineEvent e) {
        if (e.responseElements() != null && e.responseElements().get("keyMetadata") instanceof Map<?, ?> metadata) {
            Object arn = metadata.get("arn");
            Object spec = metadata.get("keySpec");
            if (arn != null && spec != null) {
                keySpecs.put(arn.toString(), wire(spec));
            }
        }
    }

    private static String wire(Object value) {
        return value instanceof org.kmslab.engine.api.WireEnum w ? w.wire() : String.valueOf(value);
    }
}
