package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kmslab.engine.api.DataKeyPairSpec;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyPairRequest;
import org.kmslab.engine.api.GenerateMacRequest;
import org.kmslab.engine.api.GetPublicKeyRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.VerifyMacRequest;
import org.kmslab.engine.api.VerifyRequest;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.exception.KMSInvalidMacException;
import org.kmslab.engine.exception.KMSInvalidSignatureException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.ValidationException;

/** RSA-OAEP, signatures cross-checked with Bouncy Castle, data key pairs and HMAC. */
class AsymmetricTest {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();
    private final Fixture f = new Fixture();
    private final byte[] message = "the message".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Test
    void rsa_oaep_ciphertext_made_offline_with_the_public_key_decrypts() throws Exception {
        String keyId = f.key(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT);
        var pub = f.kms.getPublicKey(f.root, GetPublicKeyRequest.of(keyId));
        assertThat(pub.encryptionAlgorithms()).containsExactly("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
        assertThat(pub.keyUsage()).isEqualTo("ENCRYPT_DECRYPT");
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pub.publicKey()));
        Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding", BC);
        c.init(Cipher.ENCRYPT_MODE, key, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT));
        byte[] ct = c.doFinal(message);
        var d = f.kms.decrypt(f.root, DecryptRequest.of(ct).withKeyId(keyId).withEncryptionAlgorithm(
                "RSAES_OAEP_SHA_256"));
        assertThat(d.plaintext()).isEqualTo(message);
    }

    @Test
    void rsa_encrypt_round_trips_and_enforces_aws_size_limits() {
        String keyId = f.key(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT);
        byte[] blob = f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[214])
                .withEncryptionAlgorithm("RSAES_OAEP_SHA_1")).ciphertextBlob();
        assertThat(blob).hasSize(256);
        assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob).withKeyId(keyId)
                .withEncryptionAlgorithm("RSAES_OAEP_SHA_1")).plaintext()).hasSize(214);
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[191])
                .withEncryptionAlgorithm("RSAES_OAEP_SHA_256"))).isInstanceOf(ValidationException.class)
                .hasMessage("Algorithm RSAES_OAEP_SHA_256 and key spec RSA_2048 cannot encrypt data larger than "
                        + "190 bytes.");
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[10])))
                .isInstanceOf(InvalidKeyUsageException.class);
    }

    @ParameterizedTest
    @CsvSource({"RSA_2048,RSASSA_PSS_SHA_256", "RSA_2048,RSASSA_PSS_SHA_384", "RSA_3072,RSASSA_PSS_SHA_512",
        "RSA_2048,RSASSA_PKCS1_V1_5_SHA_256", "RSA_2048,RSASSA_PKCS1_V1_5_SHA_384",
        "RSA_2048,RSASSA_PKCS1_V1_5_SHA_512", "ECC_NIST_P256,ECDSA_SHA_256", "ECC_NIST_P384,ECDSA_SHA_384",
        "ECC_NIST_P521,ECDSA_SHA_512", "ECC_SECG_P256K1,ECDSA_SHA_256"})
    void signatures_verify_with_bouncy_castle_for_raw_and_digest(String spec, String algorithm) throws Exception {
        String keyId = f.key(KeySpec.valueOf(spec), KeyUsage.SIGN_VERIFY);
        SigningAlgorithm alg = SigningAlgorithm.valueOf(algorithm);
        PublicKey pub = publicKey(keyId, spec);
        byte[] raw = f.kms.sign(f.root, SignRequest.of(keyId, message, alg)).signature();
        assertThat(bcVerify(pub, alg, message, raw)).isTrue();
        int bits = Integer.parseInt(algorithm.substring(algorithm.length() - 3));
        byte[] digest = MessageDigest.getInstance("SHA-" + bits).digest(message);
        byte[] overDigest = f.kms.sign(f.root, SignRequest.digest(keyId, digest, alg)).signature();
        assertThat(bcVerify(pub, alg, message, overDigest)).as("DIGEST signs the message, not H(digest)").isTrue();
        assertThat(f.kms.verify(f.root, VerifyRequest.of(keyId, message, overDigest, alg)).signatureValid()).isTrue();
        assertThat(f.kms.verify(f.root, VerifyRequest.digest(keyId, digest, raw, alg)).signatureValid()).isTrue();
        byte[] other = "another".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> f.kms.verify(f.root, VerifyRequest.of(keyId, other, raw, alg)))
                .isInstanceOf(KMSInvalidSignatureException.class);
    }

    @Test
    void digest_length_must_match_the_algorithm() {
        String keyId = f.key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.digest(keyId, new byte[31],
                SigningAlgorithm.ECDSA_SHA_256))).isInstanceOf(ValidationException.class)
                .hasMessage("Digest is invalid length for algorithm ECDSA_SHA_256.");
        assertThatThrownBy(() -> f.kms.sign(f.root, SignRequest.of(keyId, message, SigningAlgorithm.ECDSA_SHA_384)))
                .isInstanceOf(InvalidKeyUsageException.class)
                .hasMessage("Algorithm ECDSA_SHA_384 is incompatible with key spec ECC_NIST_P256.");
    }

    @Test
    void get_public_key_is_unsupported_for_symmetric_keys() {
        String keyId = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.getPublicKey(f.root, GetPublicKeyRequest.of(keyId)))
                .isInstanceOf(KmsUnsupportedOperationException.class)
                .extracting(e -> ((KmsException) e).errorCode()).isEqualTo("UnsupportedOperationException");
    }

    @Test
    void generate_data_key_pair_encrypts_a_matching_private_key() throws Exception {
        String keyId = f.symmetricKey();
        var r = f.kms.generateDataKeyPair(f.root, GenerateDataKeyPairRequest.of(Map.of("p", "q"), keyId,
                DataKeyPairSpec.ECC_NIST_P256.wire()));
        byte[] pkcs8 = f.kms.decrypt(f.root, DecryptRequest.of(r.privateKeyCiphertextBlob(), Map.of("p", "q")))
                .plaintext();
        assertThat(pkcs8).isEqualTo(r.privateKeyPlaintext());
        KeyFactory kf = KeyFactory.getInstance("EC");
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(kf.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
        s.update(message);
        byte[] sig = s.sign();
        s.initVerify(kf.generatePublic(new X509EncodedKeySpec(r.publicKey())));
        s.update(message);
        assertThat(s.verify(sig)).isTrue();
        assertThat(r.toString()).contains("redacted");
        var rsa = f.kms.generateDataKeyPairWithoutPlaintext(f.root,
                org.kmslab.engine.api.GenerateDataKeyPairWithoutPlaintextRequest.of(keyId, DataKeyPairSpec.RSA_2048));
        assertThat(rsa.publicKey()).isNotEmpty();
        assertThat(rsa.keyPairSpec()).isEqualTo("RSA_2048");
    }

    @Test
    void hmac_generate_and_verify_with_the_matching_algorithm_only() throws Exception {
        String keyId = f.key(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC);
        byte[] mac = f.kms.generateMac(f.root, GenerateMacRequest.of(keyId, message, MacAlgorithm.HMAC_SHA_256)).mac();
        assertThat(mac).hasSize(32);
        assertThat(f.kms.verifyMac(f.root, VerifyMacRequest.of(keyId, message, mac, MacAlgorithm.HMAC_SHA_256))
                .macValid()).isTrue();
        mac[0] ^= 1;
        assertThatThrownBy(() -> f.kms.verifyMac(f.root, VerifyMacRequest.of(keyId, message, mac,
                MacAlgorithm.HMAC_SHA_256))).isInstanceOf(KMSInvalidMacException.class);
        assertThatThrownBy(() -> f.kms.generateMac(f.root, GenerateMacRequest.of(keyId, message,
                MacAlgorithm.HMAC_SHA_512))).isInstanceOf(InvalidKeyUsageException.class)
                .hasMessage("Algorithm HMAC_SHA_512 is incompatible with key spec HMAC_256.");
        assertThatThrownBy(() -> f.kms.encrypt(f.root, EncryptRequest.of(keyId, message)))
                .isInstanceOf(InvalidKeyUsageException.class);
    }

    private PublicKey publicKey(String keyId, String spec) throws Exception {
        byte[] der = f.kms.getPublicKey(f.root, GetPublicKeyRequest.of(keyId)).publicKey();
        return KeyFactory.getInstance(spec.startsWith("RSA") ? "RSA" : "EC", BC)
                .generatePublic(new X509EncodedKeySpec(der));
    }

    /** An independent check with the Bouncy Castle provider over the RAW message. */
    private static boolean bcVerify(PublicKey key, SigningAlgorithm alg, byte[] msg, byte[] sig) throws Exception {
        String w = alg.wire();
        String bits = w.substring(w.length() - 3);
        Signature s;
        if (w.startsWith("RSASSA_PSS")) {
            s = Signature.getInstance("SHA" + bits + "withRSAandMGF1", BC);
            int len = Integer.parseInt(bits) / 8;
            s.setParameter(new PSSParameterSpec("SHA-" + bits, "MGF1", new MGF1ParameterSpec("SHA-" + bits), len, 1));
        } else if (w.startsWith("RSASSA_PKCS1")) {
            s = Signature.getInstance("SHA" + bits + "withRSA", BC);
        } else {
            s = Signature.getInstance("SHA" + bits + "withECDSA", BC);
        }
        s.initVerify(key);
        s.update(msg);
        return s.verify(sig);
    }
}
