package org.kmslab.engine.internal.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.MessageType;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.exception.KMSInternalException;

/**
 * RSASSA-PSS (salt length = digest length, MGF1 with the same hash), RSASSA-PKCS1-v1_5 and ECDSA (DER signatures),
 * for a RAW message (hashed here) or a DIGEST (used as is, never hashed twice). The JDK does all of it except
 * secp256k1 and PSS over a precomputed digest, which go to Bouncy Castle.
 */
final class Signatures {

    private Signatures() {
    }

    static byte[] sign(KeySpec spec, PrivateKey key, SigningAlgorithm alg, MessageType type, byte[] message) {
        try {
            if (type == MessageType.DIGEST && isPss(alg)) {
                PSSSigner s = rawPss(alg);
                s.init(true, new ParametersWithRandom(PrivateKeyFactory.createKey(key.getEncoded()),
                        Rng.secureRandom()));
                s.update(message, 0, message.length);
                return s.generateSignature();
            }
            Signature s = jca(spec, alg, type);
            s.initSign(key, Rng.secureRandom());
            s.update(input(alg, type, message));
            return s.sign();
        } catch (GeneralSecurityException | IOException | CryptoException e) {
            throw new KMSInternalException("signing failed");
        }
    }

    static boolean verify(KeySpec spec, PublicKey key, SigningAlgorithm alg, MessageType type, byte[] message,
            byte[] signature) {
        try {
            if (type == MessageType.DIGEST && isPss(alg)) {
                PSSSigner s = rawPss(alg);
                s.init(false, PublicKeyFactory.createKey(key.getEncoded()));
                s.update(message, 0, message.length);
                return s.verifySignature(signature);
            }
            Signature s = jca(spec, alg, type);
            s.initVerify(key);
            s.update(input(alg, type, message));
            return s.verify(signature);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }

    /** Digest length in bytes of the hash inside {@code alg}. */
    static int digestLength(SigningAlgorithm alg) {
        return Integer.parseInt(alg.wire().substring(alg.wire().length() - 3)) / 8;
    }

    private static boolean isPss(SigningAlgorithm alg) {
        return alg.wire().startsWith("RSASSA_PSS");
    }

    private static PSSSigner rawPss(SigningAlgorithm alg) {
        int len = digestLength(alg);
        return PSSSigner.createRawSigner(new RSABlindedEngine(), digest(len), digest(len), len,
                PSSSigner.TRAILER_IMPLICIT);
    }

    private static Digest digest(int len) {
        return switch (len) {
            case 32 -> new SHA256Digest();
            case 48 -> new SHA384Digest();
            default -> new SHA512Digest();
        };
    }

    /** PKCS#1 v1.5 over a digest needs the DigestInfo prefix added by hand for NONEwithRSA. */
    private static byte[] input(SigningAlgorithm alg, MessageType type, byte[] message) {
        if (type == MessageType.DIGEST && alg.wire().startsWith("RSASSA_PKCS1")) {
            byte[] prefix = DigestInfo.prefix(digestLength(alg));
            byte[] out = new byte[prefix.length + message.length];
            System.arraycopy(prefix, 0, out, 0, prefix.length);
            System.arraycopy(message, 0, out, prefix.length, message.length);
            return out;
        }
        return message;
    }

    private static Signature jca(KeySpec spec, SigningAlgorithm alg, MessageType type)
            throws GeneralSecurityException {
        String hash = "SHA" + digestLength(alg) * 8;
        boolean digest = type == MessageType.DIGEST;
        if (isPss(alg)) {
            Signature s = Signature.getInstance("RSASSA-PSS");
            String jdkHash = "SHA-" + digestLength(alg) * 8;
            s.setParameter(new PSSParameterSpec(jdkHash, "MGF1", new MGF1ParameterSpec(jdkHash),
                    digestLength(alg), 1));
            return s;
        }
        if (alg.wire().startsWith("RSASSA_PKCS1")) {
            return Signature.getInstance(digest ? "NONEwithRSA" : hash + "withRSA");
        }
        String name = digest ? "NONEwithECDSA" : hash + "withECDSA";
        return spec == KeySpec.ECC_SECG_P256K1 ? Signature.getInstance(name, Providers.BC)
                : Signature.getInstance(name);
    }

    /** DER DigestInfo headers for SHA-256/384/512 (RFC 8017, section 9.2, note 1). */
    private static final class DigestInfo {
        private static final byte[] SHA256 = hex("3031300d060960864801650304020105000420");
        private static final byte[] SHA384 = hex("3041300d060960864801650304020205000430");
        private static final byte[] SHA512 = hex("3051300d060960864801650304020305000440");

        static byte[] prefix(int len) {
            return switch (len) {
                case 32 -> SHA256;
                case 48 -> SHA384;
                default -> SHA512;
            };
        }

        private static byte[] hex(String s) {
            return java.util.HexFormat.of().parseHex(s);
        }
    }
}
