package org.kmslab.engine.internal.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.kmslab.engine.exception.InvalidCiphertextException;
import org.kmslab.engine.exception.KMSInternalException;

/**
 * SM2 (GB/T 32918, China Regions only on AWS), all through Bouncy Castle.
 * <ul>
 * <li>SM2DSA over a RAW message: SM3(Z ‖ M) with the default distinguishing ID {@code 1234567812345678}, as AWS
 * KMS uses; over a DIGEST: the caller's 32-byte e is signed as is. Signatures are DER {@code SEQUENCE {r, s}}.</li>
 * <li>SM2PKE: ciphertext C1 ‖ C3 ‖ C2 written in the ASN.1 form of GM/T 0009
 * ({@code SEQUENCE {x INTEGER, y INTEGER, hash OCTET STRING, ciphertext OCTET STRING}}).</li>
 * </ul>
 */
final class Sm2 {

    static final byte[] DEFAULT_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    private Sm2() {
    }

    static byte[] sign(PrivateKey key, boolean digest, byte[] message) {
        try {
            ECPrivateKeyParameters priv = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(key.getEncoded());
            if (digest) {
                return signDigest(priv, new BigInteger(1, message));
            }
            SM2Signer s = new SM2Signer();
            s.init(true, new ParametersWithID(new ParametersWithRandom(priv, Rng.secureRandom()), DEFAULT_ID));
            s.update(message, 0, message.length);
            return s.generateSignature();
        } catch (IOException | CryptoException | ClassCastException e) {
            throw new KMSInternalException("signing failed");
        }
    }

    static boolean verify(PublicKey key, boolean digest, byte[] message, byte[] signature) {
        try {
            ECPublicKeyParameters pub = (ECPublicKeyParameters) PublicKeyFactory.createKey(key.getEncoded());
            if (digest) {
                return verifyDigest(pub, new BigInteger(1, message), signature);
            }
            SM2Signer s = new SM2Signer();
            s.init(false, new ParametersWithID(pub, DEFAULT_ID));
            s.update(message, 0, message.length);
            return s.verifySignature(signature);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** GB/T 32918.2 section 6.1 steps A3 to A7 on a given e. */
    private static byte[] signDigest(ECPrivateKeyParameters priv, BigInteger e) throws IOException {
        ECDomainParameters dp = priv.getParameters();
        BigInteger n = dp.getN();
        BigInteger d = priv.getD();
        BigInteger r;
        BigInteger s;
        do {
            BigInteger k;
            do {
                k = BigIntegers.createRandomInRange(BigInteger.ONE, n.subtract(BigInteger.ONE), Rng.secureRandom());
                BigInteger x1 = dp.getG().multiply(k).normalize().getAffineXCoord().toBigInteger();
                r = e.add(x1).mod(n);
            } while (r.signum() == 0 || r.add(k).equals(n));
            s = d.add(BigInteger.ONE).modInverse(n).multiply(k.subtract(r.multiply(d))).mod(n);
        } while (s.signum() == 0);
        return StandardDSAEncoding.INSTANCE.encode(n, r, s);
    }

    /** GB/T 32918.2 section 7.1 steps B3 to B7 on a given e. */
    private static boolean verifyDigest(ECPublicKeyParameters pub, BigInteger e, byte[] signature)
            throws IOException {
        BigInteger n = pub.getParameters().getN();
        BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(n, signature);
        BigInteger r = rs[0];
        BigInteger s = rs[1];
        if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0 || s.compareTo(n) >= 0) {
            return false;
        }
        BigInteger t = r.add(s).mod(n);
        if (t.signum() == 0) {
            return false;
        }
        ECPoint p = pub.getParameters().getG().multiply(s).add(pub.getQ().multiply(t)).normalize();
        return e.add(p.getAffineXCoord().toBigInteger()).mod(n).equals(r);
    }

    static byte[] encrypt(PublicKey key, byte[] plaintext) {
        try {
            SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
            engine.init(true, new ParametersWithRandom(PublicKeyFactory.createKey(key.getEncoded()),
                    Rng.secureRandom()));
            byte[] raw = engine.processBlock(plaintext, 0, plaintext.length);
            int coord = 32;
            ASN1EncodableVector v = new ASN1EncodableVector();
            v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 1, 1 + coord))));
            v.add(new ASN1Integer(new BigInteger(1, Arrays.copyOfRange(raw, 1 + coord, 1 + 2 * coord))));
            v.add(new DEROctetString(Arrays.copyOfRange(raw, 1 + 2 * coord, 1 + 2 * coord + 32)));
            v.add(new DEROctetString(Arrays.copyOfRange(raw, 1 + 2 * coord + 32, raw.length)));
            return new DERSequence(v).getEncoded();
        } catch (IOException | InvalidCipherTextException e) {
            throw new KMSInternalException("SM2 encryption failed");
        }
    }

    static byte[] decrypt(PrivateKey key, byte[] ciphertext) {
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ciphertext);
            if (seq.size() != 4) {
                throw new InvalidCiphertextException();
            }
            byte[] x = BigIntegers.asUnsignedByteArray(32, ASN1Integer.getInstance(seq.getObjectAt(0)).getValue());
            byte[] y = BigIntegers.asUnsignedByteArray(32, ASN1Integer.getInstance(seq.getObjectAt(1)).getValue());
            byte[] hash = ASN1OctetString.getInstance(seq.getObjectAt(2)).getOctets();
            byte[] body = ASN1OctetString.getInstance(seq.getObjectAt(3)).getOctets();
            byte[] raw = new byte[1 + 64 + hash.length + body.length];
            raw[0] = 0x04;
            System.arraycopy(x, 0, raw, 1, 32);
            System.arraycopy(y, 0, raw, 33, 32);
            System.arraycopy(hash, 0, raw, 65, hash.length);
            System.arraycopy(body, 0, raw, 65 + hash.length, body.length);
            SM2Engine engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
            engine.init(false, PrivateKeyFactory.createKey(key.getEncoded()));
            return engine.processBlock(raw, 0, raw.length);
        } catch (IOException | InvalidCipherTextException | RuntimeException e) {
            throw new InvalidCiphertextException();
        }
    }
}
