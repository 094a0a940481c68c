package org.kmslab.engine.internal.crypto;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The trust anchor of a simulated CloudHSM cluster: a real self-signed CA certificate (ECDSA P-256), as the owner of
 * a new cluster makes one to sign the cluster's certificate. Only the PEM certificate is kept; its private key is the
 * owner's and is discarded here.
 */
public final class TrustAnchors {

    private TrustAnchors() {
    }

    /** A PEM CA certificate for {@code clusterId}, valid ten years from {@code now}. */
    public static String issue(String clusterId, Instant now) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = g.generateKeyPair();
            X500Name subject = new X500Name("CN=KMS Lab customer CA for " + clusterId + ",O=KMS Lab");
            var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(1, Rng.bytes(8)),
                    Date.from(now), Date.from(now.plus(Duration.ofDays(3650))), subject, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            X509CertificateHolder cert = builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                    .build(pair.getPrivate()));
            StringWriter out = new StringWriter();
            try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
                pem.writeObject(cert);
            }
            return out.toString();
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("could not issue a trust anchor certificate", e);
        }
    }
}
