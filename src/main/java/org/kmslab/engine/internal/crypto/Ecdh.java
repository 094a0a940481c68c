package org.kmslab.engine.internal.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.KeyAgreement;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.kmslab.engine.api.KeySpec;

/**
 * The Elliptic Curve Cryptography Cofactor Diffie-Hellman primitive (NIST SP 800-56A section 5.7.1.2) that AWS KMS
 * DeriveSharedSecret uses: the x-coordinate of d·h·Q, as many bytes as the field. The cofactor h is 1 on the NIST
 * curves and on SM2, so this is plain ECDH (the JDK's for NIST curves, Bouncy Castle's for SM2).
 */
final class Ecdh {

    private Ecdh() {
    }

    /**
     * The raw shared secret, or null when {@code peerSpki} is not a DER SubjectPublicKeyInfo for a point on the same
     * curve as {@code ours}.
     */
    static byte[] derive(KeySpec spec, PrivateKey ours, byte[] ourSpki, byte[] peerSpki) {
        try {
            SubjectPublicKeyInfo peer = SubjectPublicKeyInfo.getInstance(peerSpki);
            SubjectPublicKeyInfo mine = SubjectPublicKeyInfo.getInstance(ourSpki);
            if (!X9ObjectIdentifiers.id_ecPublicKey.equals(peer.getAlgorithm().getAlgorithm())
                    || !(peer.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curve)
                    || !curve.equals(mine.getAlgorithm().getParameters())) {
                return null;
            }
            boolean bc = spec == KeySpec.SM2;
            KeyFactory kf = bc ? KeyFactory.getInstance("EC", Providers.BC) : KeyFactory.getInstance("EC");
            PublicKey theirs = kf.generatePublic(new X509EncodedKeySpec(peerSpki));
            KeyAgreement ka = bc ? KeyAgreement.getInstance("ECDH", Providers.BC) : KeyAgreement.getInstance("ECDH");
            ka.init(ours);
            ka.doPhase(theirs, true);
            return ka.generateSecret();
        } catch (GeneralSecurityException | RuntimeException e) {
            return null;
        }
    }
}
