package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.signers.Ed25519phSigner;
import org.bouncycastle.crypto.signers.MLDSASigner;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.GetPublicKeyRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.VerifyRequest;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.exception.ValidationException;

/**
 * Ed25519 and ML-DSA keys, checked offline with an independent implementation: Bouncy Castle's lightweight signers
 * (the engine signs through the JDK's providers), and μ computed here by hand as AWS's offline-verification guide
 * does (SHAKE256(SHAKE256(pk, 64) ‖ 0x00 ‖ 0x00 ‖ M, 64)).
 */
class EdwardsAndMlDsaTest {

    private static final byte[] MESSAGE = "post-quantum hello".getBytes(StandardCharsets.UTF_8);

    private final Fixture f = new Fixture();

    private byte[] publicKey(String keyId) {
        return f.kms.getPublicKey(f.root, GetPublicKeyRequest.of(keyId)).publicKey();
    }

    @Test
    void ed25519_raw_signature_verifies_offline_with_bouncy_castle() throws Exception {
        String key = f.key(KeySpec.ECC_NIST_EDWARDS25519, KeyUsage.SIGN_VERIFY);
        byte[] sig = f.kms.sign(f.root, SignRequest.of(key, MESSAGE, SigningAlgorithm.ED25519_SHA_512)).signature();

        Ed25519Signer offline = new Ed25519Signer();
        offline.init(false, (Ed25519PublicKeyParameters) PublicKeyFactory.createKey(publicKey(key)));
        offline.update(MESSAGE, 0, MESSAGE.length);
        assertThat(sig).hasSize(64);
        assertThat(offline.verifySignature(sig)).isTrue();
        assertThat(f.kms.verify(f.root, VerifyRequest.of(key, MESSAGE, sig, SigningAlgorithm.ED25519_SHA_512))
                .signatureValid()).isTrue();
    }

    @Test
    void ed25519ph_signs_the_digest_with_the_prehash_applied_again() throws Exception {
        String key = f.key(KeySpec.ECC_NIST_EDWARDS25519, KeyUsage.SIGN_VERIFY);
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(MESSAGE);
        byte[] sig = f.kms.sign(f.root, SignRequest.digest(key, digest, SigningAlgorithm.ED25519_PH_SHA_512))
                .signature();

        Ed25519phSigner offline = new Ed25519phSigner(new byte[0]);
        offline.init(false, (Ed25519PublicKeyParameters) PublicKeyFactory.createKey(publicKey(key)));
        offline.update(digest, 0, digest.length);
        assertThat(offline.verifySignature(sig)).isTrue();
    }

    @Test
    void ed25519_algorithms_insist_on_their_message_type() {
        String key = f.key(KeySpec.ECC_NIST_EDWARDS25519, KeyUsage.SIGN_VERIFY);
        byte[] digest = new byte[64];
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.digest(key, digest, SigningAlgorithm.ED25519_SHA_512)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MessageType DIGEST");
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.of(key, MESSAGE, SigningAlgorithm.ED25519_PH_SHA_512)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("MessageType RAW");
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.digest(key, new byte[32],
                SigningAlgorithm.ED25519_PH_SHA_512)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Digest is invalid length for algorithm ED25519_PH_SHA_512.");
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.of(key, MESSAGE, SigningAlgorithm.ECDSA_SHA_256)))
                .isInstanceOf(InvalidKeyUsageException.class);
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"ML_DSA_44", "ML_DSA_65", "ML_DSA_87"})
    void ml_dsa_public_key_is_the_fips_204_spki_and_signatures_verify_offline(KeySpec spec) throws Exception {
        String key = f.key(spec, KeyUsage.SIGN_VERIFY);
        byte[] der = publicKey(key);
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(der);
        int level = Integer.parseInt(spec.wire().substring(7));
        String oidTail = switch (level) {
            case 44 -> "17";
            case 65 -> "18";
            default -> "19";
        };
        assertThat(spki.getAlgorithm().getAlgorithm().getId()).isEqualTo("2.16.840.1.101.3.4.3." + oidTail);
        assertThat(spki.getAlgorithm().getParameters()).isNull();
        int rawLength = switch (level) {
            case 44 -> 1312;
            case 65 -> 1952;
            default -> 2592;
        };
        assertThat(spki.getPublicKeyData().getOctets()).hasSize(rawLength);

        byte[] sig = f.kms.sign(f.root, SignRequest.of(key, MESSAGE, SigningAlgorithm.ML_DSA_SHAKE_256)).signature();
        MLDSASigner offline = new MLDSASigner();
        offline.init(false, (MLDSAPublicKeyParameters) PublicKeyFactory.createKey(der));
        offline.update(MESSAGE, 0, MESSAGE.length);
        assertThat(offline.verifySignature(sig)).isTrue();
    }

    @Test
    void external_mu_signature_verifies_as_a_signature_of_the_raw_message() throws Exception {
        String key = f.key(KeySpec.ML_DSA_65, KeyUsage.SIGN_VERIFY);
        byte[] der = publicKey(key);
        byte[] mu = MlDsaMu.of(der, MESSAGE);

        byte[] sig = f.kms.sign(f.root, SignRequest.of(key, mu, "EXTERNAL_MU", "ML_DSA_SHAKE_256")).signature();

        Signature jca = Signature.getInstance("ML-DSA", new org.bouncycastle.jce.provider.BouncyCastleProvider());
        jca.initVerify(KeyFactory.getInstance("ML-DSA", new org.bouncycastle.jce.provider.BouncyCastleProvider())
                .generatePublic(new X509EncodedKeySpec(der)));
        jca.update(MESSAGE);
        assertThat(jca.verify(sig)).isTrue();
        assertThat(f.kms.verify(f.root, VerifyRequest.of(key, mu, "EXTERNAL_MU", sig, "ML_DSA_SHAKE_256"))
                .signatureValid()).isTrue();
        assertThat(f.kms.verify(f.root, VerifyRequest.of(key, MESSAGE, sig, SigningAlgorithm.ML_DSA_SHAKE_256))
                .signatureValid()).isTrue();
    }

    @Test
    void external_mu_and_digest_follow_aws_rules() {
        String ml = f.key(KeySpec.ML_DSA_44, KeyUsage.SIGN_VERIFY);
        String ec = f.key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.of(ml, new byte[63], "EXTERNAL_MU",
                "ML_DSA_SHAKE_256")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Digest is invalid length for algorithm ML_DSA_SHAKE_256.");
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.of(ml, new byte[64], "DIGEST", "ML_DSA_SHAKE_256")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.of(ec, new byte[64], "EXTERNAL_MU",
                "ECDSA_SHA_256")))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.of(ml, new byte[4097],
                SigningAlgorithm.ML_DSA_SHAKE_256)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> f.key(KeySpec.ML_DSA_65, KeyUsage.ENCRYPT_DECRYPT))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_tampered_ml_dsa_signature_does_not_verify() {
        String key = f.key(KeySpec.ML_DSA_87, KeyUsage.SIGN_VERIFY);
        byte[] sig = f.kms.sign(f.root, SignRequest.of(key, MESSAGE, SigningAlgorithm.ML_DSA_SHAKE_256)).signature();
        sig[10] ^= 1;
        assertThatThrownBy(() -> f.kms.verify(f.root, VerifyRequest.of(key, MESSAGE, sig,
                SigningAlgorithm.ML_DSA_SHAKE_256)))
                .isInstanceOf(org.kmslab.engine.exception.KMSInvalidSignatureException.class);
    }
}
