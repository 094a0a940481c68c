package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

import javax.crypto.KeyAgreement;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DataKeyPairSpec;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DeriveSharedSecretRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyPairRequest;
import org.kmslab.engine.api.GetPublicKeyRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.RecipientInfo;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.ValidationException;

/** KEY_AGREEMENT keys and DeriveSharedSecret (ECDH), and SM2 in and out of the China Regions. */
class KeyAgreementAndSm2Test {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final Fixture f = new Fixture();
    private final Caller root = f.root;

    private byte[] publicKey(KmsEngine kms, String keyId) {
        return kms.getPublicKey(root, GetPublicKeyRequest.of(keyId)).publicKey();
    }

    @ParameterizedTest
    @EnumSource(value = KeySpec.class, names = {"ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521"})
    void shared_secret_equals_what_the_jdk_computes_from_the_public_keys(KeySpec spec) throws Exception {
        String key = f.key(spec, KeyUsage.KEY_AGREEMENT);
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp" + spec.wire().substring(10) + "r1"));
        KeyPair peer = g.generateKeyPair();

        var result = f.kms.deriveSharedSecret(root, DeriveSharedSecretRequest.of(key, peer.getPublic().getEncoded()));

        KeyAgreement offline = KeyAgreement.getInstance("ECDH");
        offline.init(peer.getPrivate());
        offline.doPhase(KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(publicKey(f.kms, key))),
                true);
        assertThat(result.sharedSecret()).isEqualTo(offline.generateSecret());
        assertThat(result.keyId()).isEqualTo(key);
        assertThat(result.keyAgreementAlgorithm()).isEqualTo("ECDH");
        assertThat(result.keyOrigin()).isEqualTo("AWS_KMS");
        assertThat(f.lastEvent().toString()).doesNotContain(BigIntegers.fromUnsignedByteArray(result.sharedSecret())
                .toString(16));
    }

    @Test
    void two_kms_keys_agree_on_the_same_secret() {
        String alice = f.key(KeySpec.ECC_NIST_P384, KeyUsage.KEY_AGREEMENT);
        String bob = f.key(KeySpec.ECC_NIST_P384, KeyUsage.KEY_AGREEMENT);
        byte[] a = f.kms.deriveSharedSecret(root, DeriveSharedSecretRequest.of(alice, publicKey(f.kms, bob)))
                .sharedSecret();
        byte[] b = f.kms.deriveSharedSecret(root, DeriveSharedSecretRequest.of(bob, publicKey(f.kms, alice)))
                .sharedSecret();
        assertThat(a).hasSize(48).isEqualTo(b);
    }

    @Test
    void key_agreement_keys_list_ecdh_and_refuse_other_operations() {
        String key = f.key(KeySpec.ECC_NIST_P256, KeyUsage.KEY_AGREEMENT);
        var pub = f.kms.getPublicKey(root, GetPublicKeyRequest.of(key));
        assertThat(pub.keyAgreementAlgorithms()).containsExactly("ECDH");
        assertThat(pub.signingAlgorithms()).isNull();
        assertThat(f.kms.describeKey(root, DescribeKeyRequest.of(key)).keyMetadata().keyAgreementAlgorithms())
                .containsExactly("ECDH");
        assertThatThrownBy(() -> f.kms.sign(root, SignRequest.of(key, new byte[] {1}, SigningAlgorithm.ECDSA_SHA_256)))
                .isInstanceOf(InvalidKeyUsageException.class);
        String signing = f.key(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY);
        assertThatThrownBy(() -> f.kms.deriveSharedSecret(root,
                DeriveSharedSecretRequest.of(signing, publicKey(f.kms, key))))
                .isInstanceOf(InvalidKeyUsageException.class)
                .hasMessageContaining("key usage is SIGN_VERIFY which is not valid for DeriveSharedSecret");
    }

    @Test
    void secp256k1_ed25519_and_ml_dsa_have_no_key_agreement() {
        for (KeySpec spec : List.of(KeySpec.ECC_SECG_P256K1, KeySpec.ECC_NIST_EDWARDS25519, KeySpec.ML_DSA_44)) {
            assertThatThrownBy(() -> f.key(spec, KeyUsage.KEY_AGREEMENT)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void a_peer_key_on_another_curve_or_not_a_key_is_refused() {
        String key = f.key(KeySpec.ECC_NIST_P256, KeyUsage.KEY_AGREEMENT);
        String other = f.key(KeySpec.ECC_NIST_P384, KeyUsage.KEY_AGREEMENT);
        assertThatThrownBy(() -> f.kms.deriveSharedSecret(root,
                DeriveSharedSecretRequest.of(key, publicKey(f.kms, other))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("ECC_NIST_P256 curve");
        assertThatThrownBy(() -> f.kms.deriveSharedSecret(root, DeriveSharedSecretRequest.of(key, new byte[] {1, 2})))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void recipient_attestation_is_refused_outside_nitro_enclaves() {
        String key = f.key(KeySpec.ECC_NIST_P256, KeyUsage.KEY_AGREEMENT);
        var r = new DeriveSharedSecretRequest(key, "ECDH", publicKey(f.kms, key), null, null,
                new RecipientInfo("RSAES_OAEP_SHA_256", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> f.kms.deriveSharedSecret(root, r)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Nitro");
    }

    @Test
    void sm2_outside_china_answers_as_aws_does() {
        assertThatThrownBy(() -> f.key(KeySpec.SM2, KeyUsage.SIGN_VERIFY))
                .isInstanceOf(KmsUnsupportedOperationException.class)
                .hasMessage("KeySpec SM2 is not supported in this Region");
        String sym = f.symmetricKey();
        assertThatThrownBy(() -> f.kms.generateDataKeyPair(root, GenerateDataKeyPairRequest.of(sym,
                DataKeyPairSpec.SM2))).isInstanceOf(KmsUnsupportedOperationException.class);
    }

    @Test
    void sm2_signatures_in_china_verify_with_bouncy_castle_sm3_with_sm2() throws Exception {
        KmsEngine cn = new KmsEngine(Fixture.ACCOUNT, "cn-north-1", f.clock);
        String key = cn.createKey(root, CreateKeyRequest.of(KeySpec.SM2, KeyUsage.SIGN_VERIFY)).keyMetadata().keyId();
        byte[] message = "你好, SM2".getBytes(StandardCharsets.UTF_8);
        byte[] der = publicKey(cn, key);
        byte[] raw = cn.sign(root, SignRequest.of(key, message, SigningAlgorithm.SM2DSA)).signature();
        byte[] digest = cn.sign(root, SignRequest.digest(key, e(der, message), SigningAlgorithm.SM2DSA)).signature();

        for (byte[] sig : List.of(raw, digest)) {
            Signature offline = Signature.getInstance("SM3withSM2", BC);
            offline.initVerify(KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(der)));
            offline.update(message);
            assertThat(offline.verify(sig)).isTrue();
        }
    }

    @Test
    void sm2pke_round_trips_and_key_agreement_matches_bouncy_castle_ecdh() throws Exception {
        KmsEngine cn = new KmsEngine(Fixture.ACCOUNT, "cn-northwest-1", f.clock);
        String enc = cn.createKey(root, CreateKeyRequest.of(KeySpec.SM2, KeyUsage.ENCRYPT_DECRYPT)).keyMetadata()
                .keyId();
        byte[] plain = new byte[1024];
        byte[] ct = cn.encrypt(root, EncryptRequest.of(enc, plain).withEncryptionAlgorithm("SM2PKE")).ciphertextBlob();
        assertThat(cn.decrypt(root, DecryptRequest.of(ct).withKeyId(enc).withEncryptionAlgorithm("SM2PKE"))
                .plaintext()).isEqualTo(plain);
        assertThatThrownBy(() -> cn.encrypt(root, EncryptRequest.of(enc, new byte[1025])
                .withEncryptionAlgorithm("SM2PKE"))).isInstanceOf(ValidationException.class);

        String ka = cn.createKey(root, CreateKeyRequest.of(KeySpec.SM2, KeyUsage.KEY_AGREEMENT)).keyMetadata()
                .keyId();
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC", BC);
        g.initialize(new ECGenParameterSpec("sm2p256v1"));
        KeyPair peer = g.generateKeyPair();
        byte[] secret = cn.deriveSharedSecret(root, DeriveSharedSecretRequest.of(ka, peer.getPublic().getEncoded()))
                .sharedSecret();
        KeyAgreement offline = KeyAgreement.getInstance("ECDH", BC);
        offline.init(peer.getPrivate());
        offline.doPhase(KeyFactory.getInstance("EC", BC).generatePublic(new X509EncodedKeySpec(publicKey(cn, ka))),
                true);
        assertThat(secret).isEqualTo(offline.generateSecret());
    }

    /** e = SM3(Z ‖ M), Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA) with the default ID (GB/T 32918.2 5.5). */
    private static byte[] e(byte[] spki, byte[] message) throws Exception {
        X9ECParameters p = GMNamedCurves.getByName("sm2p256v1");
        var pub = (org.bouncycastle.jce.interfaces.ECPublicKey) KeyFactory.getInstance("EC", BC)
                .generatePublic(new X509EncodedKeySpec(spki));
        ECPoint q = pub.getQ().normalize();
        byte[] id = "1234567812345678".getBytes(StandardCharsets.US_ASCII);
        SM3Digest z = new SM3Digest();
        int entl = id.length * 8;
        z.update((byte) (entl >> 8));
        z.update((byte) entl);
        z.update(id, 0, id.length);
        for (BigInteger v : List.of(p.getCurve().getA().toBigInteger(), p.getCurve().getB().toBigInteger(),
                p.getG().getAffineXCoord().toBigInteger(), p.getG().getAffineYCoord().toBigInteger(),
                q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger())) {
            byte[] b = BigIntegers.asUnsignedByteArray(32, v);
            z.update(b, 0, 32);
        }
        byte[] zOut = new byte[32];
        z.doFinal(zOut, 0);
        SM3Digest h = new SM3Digest();
        h.update(zOut, 0, 32);
        h.update(message, 0, message.length);
        byte[] out = new byte[32];
        h.doFinal(out, 0);
        return out;
    }

    @Test
    void ed25519_and_sm2_data_key_pairs_and_sm2_keys_survive_a_state_round_trip() {
        String sym = f.symmetricKey();
        var ed = f.kms.generateDataKeyPair(root, GenerateDataKeyPairRequest.of(sym,
                DataKeyPairSpec.ECC_NIST_EDWARDS25519));
        assertThat(ed.publicKey()).hasSize(44);
        assertThat(ed.keyPairSpec()).isEqualTo("ECC_NIST_EDWARDS25519");

        KmsEngine cn = new KmsEngine(Fixture.ACCOUNT, "cn-north-1", f.clock);
        String cnSym = cn.createKey(root, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        assertThat(cn.generateDataKeyPair(root, GenerateDataKeyPairRequest.of(cnSym, DataKeyPairSpec.SM2))
                .privateKeyPlaintext()).isNotEmpty();
        String key = cn.createKey(root, CreateKeyRequest.of(KeySpec.SM2, KeyUsage.SIGN_VERIFY)).keyMetadata().keyId();
        byte[] sig = cn.sign(root, SignRequest.of(key, new byte[] {9}, SigningAlgorithm.SM2DSA)).signature();
        StateWrappingKey wrap = StateWrappingKey.generate();
        KmsEngine restored = new KmsEngine(Fixture.ACCOUNT, "cn-north-1", f.clock);
        restored.importState(cn.exportState(wrap), wrap);
        assertThat(restored.verify(root, org.kmslab.engine.api.VerifyRequest.of(key, new byte[] {9}, sig,
                SigningAlgorithm.SM2DSA)).signatureValid()).isTrue();
    }
}
