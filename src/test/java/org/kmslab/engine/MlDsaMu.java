package org.kmslab.engine;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * The ML-DSA message representative μ computed by hand, as AWS's "Offline verification with ML-DSA key pairs"
 * guide does for EXTERNAL_MU: FIPS 204 section 6.2 with an empty context, μ = SHAKE256(SHAKE256(pk, 64) ‖ 0x00 ‖
 * 0x00 ‖ M, 64), where pk is the raw public key inside the DER SubjectPublicKeyInfo that GetPublicKey returns.
 */
public final class MlDsaMu {

    private MlDsaMu() {
    }

    public static byte[] of(byte[] publicKeyDer, byte[] message) {
        byte[] pk = SubjectPublicKeyInfo.getInstance(publicKeyDer).getPublicKeyData().getOctets();
        SHAKEDigest tr = new SHAKEDigest(256);
        tr.update(pk, 0, pk.length);
        byte[] trOut = new byte[64];
        tr.doFinal(trOut, 0, 64);
        SHAKEDigest h = new SHAKEDigest(256);
        h.update(trOut, 0, 64);
        h.update((byte) 0);
        h.update((byte) 0);
        h.update(message, 0, message.length);
        byte[] mu = new byte[64];
        h.doFinal(mu, 0, 64);
        return mu;
    }
}
