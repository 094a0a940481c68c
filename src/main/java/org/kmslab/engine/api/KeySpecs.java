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
        return switch (spec) {
            case ECC_SECG_P256K1, ECC_NIST_EDWARDS25519, ML_DSA_44, ML_DSA_65, ML_DSA_87 ->
                    List.of(KeyUsage.SIGN_VERIFY);
            case SM2 -> List.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT);
            default -> List.of(KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT);
        };
    }

    /** Encryption algorithms of a key, empty unless its usage is ENCRYPT_DECRYPT. */
    public static List<EncryptionAlgorithm> encryptionAlgorithms(KeySpec spec, KeyUsage usage) {
        if (usage != KeyUsage.ENCRYPT_DECRYPT) {
            return List.of();
        }
        return switch (spec) {
            case SYMMETRIC_DEFAULT -> List.of(EncryptionAlgorithm.SYMMETRIC_DEFAULT);
            case SM2 -> List.of(EncryptionAlgorithm.SM2PKE);
            default -> List.of(EncryptionAlgorithm.RSAES_OAEP_SHA_1, EncryptionAlgorithm.RSAES_OAEP_SHA_256);
        };
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
            case ECC_NIST_EDWARDS25519 -> List.of(SigningAlgorithm.ED25519_SHA_512,
                    SigningAlgorithm.ED25519_PH_SHA_512);
            case ML_DSA_44, ML_DSA_65, ML_DSA_87 -> List.of(SigningAlgorithm.ML_DSA_SHAKE_256);
            case SM2 -> List.of(SigningAlgorithm.SM2DSA);
            default -> List.of();
        };
    }

    /** Key agreement algorithms of a key, empty unless its usage is KEY_AGREEMENT. */
    public static List<KeyAgreementAlgorithm> keyAgreementAlgorithms(KeyUsage usage) {
        return usage == KeyUsage.KEY_AGREEMENT ? List.of(KeyAgreementAlgorithm.ECDH) : List.of();
    }

    /** True for the ML_DSA_* specs (post-quantum signatures, FIPS 204). */
    public static boolean isMlDsa(KeySpec spec) {
        return spec.wire().startsWith("ML_DSA_");
    }

    /** Specs AWS offers only in the China Regions. */
    public static boolean chinaRegionsOnly(KeySpec spec) {
        return spec == KeySpec.SM2;
    }

    /** The single MAC algorithm of an HMAC spec, else empty. */
    public static List<MacAlgorithm> macAlgorithms(KeySpec spec) {
        return isHmac(spec) ? List.of(MacAlgorithm.valueOf("HMAC_SHA_" + spec.wire().substring(5))) : List.of();
    }
}
