package org.kmslab.api;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.KeyAgreement;

import org.bouncycastle.crypto.Signer;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.MLDSASigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Checks made outside KMS Lab, with an implementation other than the one the engine signs with (Bouncy Castle's
 * lightweight signers; the engine uses the JDK's providers for Ed25519 and ML-DSA), on what a client received over
 * the wire: a DER public key, a message and a signature; or two ECDH halves.
 */
final class OfflineCrypto {

    static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private OfflineCrypto() {
    }

    /** True when {@code signature} over {@code message} verifies with the public key, for the spec's RAW algorithm. */
    static boolean verifies(String keySpec, byte[] publicKeyDer, byte[] message, byte[] signature) throws Exception {
        if (keySpec.equals("SM2")) {
            Signature s = Signature.getInstance("SM3withSM2", BC);
            s.initVerify(KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(publicKeyDer)));
            s.update(message);
            return s.verify(signature);
        }
        Signer s = keySpec.startsWith("ML_DSA") ? new MLDSASigner() : new Ed25519Signer();
        s.init(false, PublicKeyFactory.createKey(publicKeyDer));
        s.update(message, 0, message.length);
        return s.verifySignature(signature);
    }

    /** A fresh peer key pair on the curve of a KEY_AGREEMENT key spec. */
    static KeyPair peer(String keySpec) throws Exception {
        KeyPairGenerator g = keySpec.equals("SM2") ? KeyPairGenerator.getInstance("EC", BC)
                : KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec(keySpec.equals("SM2") ? "sm2p256v1"
                : "secp" + keySpec.substring(10) + "r1"));
        return g.generateKeyPair();
    }

    /** The peer's side of ECDH: its private key with the KMS key's public key. */
    static byte[] ecdh(String keySpec, PrivateKey peer, byte[] kmsPublicKeyDer) throws Exception {
        boolean sm2 = keySpec.equals("SM2");
        KeyAgreement ka = sm2 ? KeyAgreement.getInstance("ECDH", BC) : KeyAgreement.getInstance("ECDH");
        ka.init(peer);
        ka.doPhase((sm2 ? KeyFactory.getInstance("EC", BC) : KeyFactory.getInstance("EC"))
                .generatePublic(new X509EncodedKeySpec(kmsPublicKeyDer)), true);
        return ka.generateSecret();
    }
}
