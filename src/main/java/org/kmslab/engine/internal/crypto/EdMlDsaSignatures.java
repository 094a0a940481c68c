package org.kmslab.engine.internal.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdDSAParameterSpec;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.MLDSASigner;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.kmslab.engine.api.MessageType;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.exception.KMSInternalException;

/**
 * Ed25519 and ML-DSA signatures, as AWS KMS makes them:
 * <ul>
 * <li>{@code ED25519_SHA_512}: PureEdDSA (RFC 8032) over the RAW message, no context.</li>
 * <li>{@code ED25519_PH_SHA_512}: HashEdDSA (Ed25519ph) whose input is the caller's 64-byte SHA-512 DIGEST; as AWS
 * documents, the prehash of FIPS 186-5 section 7.8.1 step 1 still runs, so the message is hashed twice.</li>
 * <li>{@code ML_DSA_SHAKE_256}: FIPS 204 ML-DSA with an empty context over the RAW message (the JDK's provider when it
 * has one), or over a caller-computed 64-byte μ for {@code EXTERNAL_MU} (FIPS 204 section 6.2, through Bouncy
 * Castle's lightweight signer, which exposes the μ entry points the JCA does not).</li>
 * </ul>
 */
final class EdMlDsaSignatures {

    private EdMlDsaSignatures() {
    }

    static byte[] sign(PrivateKey key, SigningAlgorithm alg, MessageType type, byte[] message) {
        try {
            if (type == MessageType.EXTERNAL_MU) {
                MLDSASigner s = new MLDSASigner();
                s.init(true, new ParametersWithRandom((MLDSAPrivateKeyParameters) PrivateKeyFactory.createKey(
                        key.getEncoded()), Rng.secureRandom()));
                return s.generateMuSignature(message);
            }
            Signature s = jca(alg);
            s.initSign(key, Rng.secureRandom());
            if (alg == SigningAlgorithm.ED25519_PH_SHA_512) {
                s.setParameter(new EdDSAParameterSpec(true));
            }
            s.update(message);
            return s.sign();
        } catch (GeneralSecurityException | IOException | CryptoException | ClassCastException e) {
            throw new KMSInternalException("signing failed");
        }
    }

    static boolean verify(PublicKey key, SigningAlgorithm alg, MessageType type, byte[] message, byte[] signature) {
        try {
            if (type == MessageType.EXTERNAL_MU) {
                MLDSASigner s = new MLDSASigner();
                s.init(false, (MLDSAPublicKeyParameters) PublicKeyFactory.createKey(key.getEncoded()));
                return s.verifyMuSignature(message, signature);
            }
            Signature s = jca(alg);
            s.initVerify(key);
            if (alg == SigningAlgorithm.ED25519_PH_SHA_512) {
                s.setParameter(new EdDSAParameterSpec(true));
            }
            s.update(message);
            return s.verify(signature);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }

    private static Signature jca(SigningAlgorithm alg) throws GeneralSecurityException {
        return alg == SigningAlgorithm.ML_DSA_SHAKE_256 ? Providers.signature("ML-DSA")
                : Signature.getInstance("Ed25519");
    }
}
