package org.kmslab.engine.api;

import java.util.List;

/**
 * Which algorithms and usages each key spec has, as AWS documents them (one table, read by the engine and the UI).
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html
 */
public final class KeySpecs {

    private KeySpecs() {
    }

    /** True for RSA_* specs. */
    public static boolean isRsa(KeySpec spec) {
        return spec.wire().startsWith("RSA_");
    }

    /** True for HMAC_* specs. */
    public static boolean isHmac(KeySpec spec) {
        return spec.wire().startsWith("HMAC_");
    }

    /** Key usages AWS allows for a spec (the first is the only one for single-usage specs). */
    public static List<KeyUsage> usages(KeySpec spec) {
        if (spec == KeySpec.SYMMETRIC_DEFAULT) {
            return List.of(KeyUsage.ENCRYPT_DECRYPT);
        }
        if (isRsa(spec)) {
            return List.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY);
        }
        if (isHmac(spec)) {
            return List.of(KeyUsage.GENERATE_VERIFY_MAC);
        }
        if (spec == KeySpec.ECC_SECG_P256K1) {
            return List.of(KeyUsage.SIGN_VERIFY);
        }
        return List.of(KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT);
    }

    /** Encryption algorithms of a key, empty unless its usage is ENCRYPT_DECRYPT. */
    public static List<EncryptionAlgorithm> encryptionAlgorithms(KeySpec spec, KeyUsage usage) {
        if (usage != KeyUsage.ENCRYPT_DECRYPT) {
            return List.of();
        }
        return spec == KeySpec.SYMMETRIC_DEFAULT ? List.of(EncryptionAlgorithm.SYMMETRIC_DEFAULT)
                : List.of(EncryptionAlgorithm.RSAES_OAEP_SHA_1, EncryptionAlgorithm.RSAES_OAEP_SHA_256);
    }

    /** Signing algorithms of a key, empty unless its usage is SIGN_VERIFY. */
    public static List<SigningAlgorithm> signingAlgorithms(KeySpec spec, KeyUsage usage) {
        if (usage != KeyUsage.SIGN_VERIFY) {
            return List.of();
        }
        return switch (spec) {
            case RSA_2048, RSA_3072, RSA_4096 -> List.of(SigningAlgorithm.RSASSA_PSS_SHA_256,
                    SigningAlgorithm.RSASSA_PSS_SHA_384, SigningAlgorithm.RSASSA_PSS_SHA_512,
                    SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_256, SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_384,
                    SigningAlgorithm.RSASSA_PKCS1_V1_5_SHA_512);
            case ECC_NIST_P256, ECC_SECG_P256K1 -> List.of(SigningAlgorithm.ECDSA_SHA_256);
            case ECC_NIST_P384 -> List.of(SigningAlgorithm.ECDSA_SHA_384);
            case ECC_NIST_P521 -> List.of(SigningAlgorithm.ECDSA_SHA_512);
            default -> List.of();
        };
    }

    /** The single MAC algorithm of an HMAC spec, else empty. */
    public static List<MacAlgorithm> macAlgorithms(KeySpec spec) {
        return isHmac(spec) ? List.of(MacAlgorithm.valueOf("HMAC_SHA_" + spec.wire().substring(5))) : List.of();
    }
}
