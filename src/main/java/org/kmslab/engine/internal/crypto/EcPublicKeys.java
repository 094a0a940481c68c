package org.kmslab.engine.internal.crypto;

import java.security.interfaces.ECPrivateKey;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.math.ec.ECPoint;
import org.kmslab.engine.api.KeySpec;

/** Derives the public point of an imported EC private key (PKCS#8 need not carry it) with Bouncy Castle's curves. */
final class EcPublicKeys {

    private EcPublicKeys() {
    }

    static byte[] fromPrivate(KeySpec spec, ECPrivateKey key) {
        ASN1ObjectIdentifier oid = switch (spec) {
            case ECC_NIST_P256 -> SECObjectIdentifiers.secp256r1;
            case ECC_NIST_P384 -> SECObjectIdentifiers.secp384r1;
            case ECC_NIST_P521 -> SECObjectIdentifiers.secp521r1;
            case ECC_SECG_P256K1 -> SECObjectIdentifiers.secp256k1;
            case SM2 -> GMObjectIdentifiers.sm2p256v1;
            default -> null;
        };
        if (oid == null) {
            return null;
        }
        X9ECParameters curve = CustomNamedCurves.getByOID(oid);
        if (curve.getCurve().getFieldSize() != key.getParams().getCurve().getField().getFieldSize()) {
            return null;
        }
        ECPoint q = curve.getG().multiply(key.getS()).normalize();
        try {
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, oid),
                    q.getEncoded(false)).getEncoded();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
