package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.UnsupportedOperationException;

/**
 * The AWS SDK for Java v2 on every key spec added for issue 14 (Ed25519, ML-DSA-44/65/87, SM2 in a China Region,
 * KEY_AGREEMENT on the NIST curves and SM2), each result checked offline by an independent implementation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireNewSpecsSdkTest {

    private static final byte[] MESSAGE = "signed over the wire".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    private int port;

    private KmsClient kms;
    private KmsClient china;

    @BeforeAll
    void connect() {
        kms = WireClients.anonymous(port, "us-east-1");
        china = WireClients.anonymous(port, "cn-north-1");
    }

    @AfterAll
    void close() {
        kms.close();
        china.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ECC_NIST_EDWARDS25519", "ML_DSA_44", "ML_DSA_65", "ML_DSA_87", "SM2"})
    void signing_specs_sign_and_the_signature_verifies_offline(String spec) throws Exception {
        KmsClient client = spec.equals("SM2") ? china : kms;
        String algorithm = switch (spec) {
            case "ECC_NIST_EDWARDS25519" -> "ED25519_SHA_512";
            case "SM2" -> "SM2DSA";
            default -> "ML_DSA_SHAKE_256";
        };
        var md = client.createKey(r -> r.keySpec(spec).keyUsage("SIGN_VERIFY")).keyMetadata();
        assertThat(md.keySpecAsString()).isEqualTo(spec);
        assertThat(md.signingAlgorithmsAsStrings()).contains(algorithm);
        var pub = client.getPublicKey(r -> r.keyId(md.keyId()));
        var sig = client.sign(r -> r.keyId(md.keyId()).message(SdkBytes.fromByteArray(MESSAGE))
                .messageType("RAW").signingAlgorithm(algorithm));
        assertThat(sig.keyId()).isEqualTo(md.arn());
        assertThat(OfflineCrypto.verifies(spec, pub.publicKey().asByteArray(), MESSAGE,
                sig.signature().asByteArray())).isTrue();
        assertThat(client.verify(r -> r.keyId(md.keyId()).message(SdkBytes.fromByteArray(MESSAGE))
                .signature(sig.signature()).signingAlgorithm(algorithm)).signatureValid()).isTrue();
    }

    @Test
    void ed25519ph_and_ml_dsa_external_mu_go_through_the_sdk() throws Exception {
        String ed = kms.createKey(r -> r.keySpec("ECC_NIST_EDWARDS25519").keyUsage("SIGN_VERIFY")).keyMetadata()
                .keyId();
        byte[] digest = MessageDigest.getInstance("SHA-512").digest(MESSAGE);
        var ph = kms.sign(r -> r.keyId(ed).message(SdkBytes.fromByteArray(digest)).messageType("DIGEST")
                .signingAlgorithm("ED25519_PH_SHA_512"));
        assertThat(kms.verify(r -> r.keyId(ed).message(SdkBytes.fromByteArray(digest)).messageType("DIGEST")
                .signature(ph.signature()).signingAlgorithm("ED25519_PH_SHA_512")).signatureValid()).isTrue();

        String ml = kms.createKey(r -> r.keySpec("ML_DSA_65").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
        byte[] der = kms.getPublicKey(r -> r.keyId(ml)).publicKey().asByteArray();
        byte[] mu = org.kmslab.engine.MlDsaMu.of(der, MESSAGE);
        var sig = kms.sign(r -> r.keyId(ml).message(SdkBytes.fromByteArray(mu)).messageType("EXTERNAL_MU")
                .signingAlgorithm("ML_DSA_SHAKE_256"));
        assertThat(OfflineCrypto.verifies("ML_DSA_65", der, MESSAGE, sig.signature().asByteArray())).isTrue();
        assertThatThrownBy(() -> kms.sign(r -> r.keyId(ml).message(SdkBytes.fromByteArray(new byte[32]))
                .messageType("EXTERNAL_MU").signingAlgorithm("ML_DSA_SHAKE_256")))
                .isInstanceOf(KmsException.class)
                .satisfies(e -> assertThat(((KmsException) e).awsErrorDetails().errorCode())
                        .isEqualTo("ValidationException"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ECC_NIST_P256", "ECC_NIST_P384", "ECC_NIST_P521", "SM2"})
    void derive_shared_secret_matches_the_peers_own_ecdh(String spec) throws Exception {
        KmsClient client = spec.equals("SM2") ? china : kms;
        var md = client.createKey(r -> r.keySpec(spec).keyUsage("KEY_AGREEMENT")).keyMetadata();
        assertThat(md.keyAgreementAlgorithmsAsStrings()).containsExactly("ECDH");
        var pub = client.getPublicKey(r -> r.keyId(md.keyId()));
        assertThat(pub.keyAgreementAlgorithmsAsStrings()).containsExactly("ECDH");
        KeyPair peer = OfflineCrypto.peer(spec);
        var derived = client.deriveSharedSecret(r -> r.keyId(md.keyId()).keyAgreementAlgorithm("ECDH")
                .publicKey(SdkBytes.fromByteArray(peer.getPublic().getEncoded())));
        assertThat(derived.sharedSecret().asByteArray())
                .isEqualTo(OfflineCrypto.ecdh(spec, peer.getPrivate(), pub.publicKey().asByteArray()));
        assertThat(derived.keyId()).isEqualTo(md.keyId());
        assertThat(derived.keyOriginAsString()).isEqualTo("AWS_KMS");
    }

    @Test
    void sm2_outside_china_and_recipient_attestation_get_aws_errors() {
        assertThatThrownBy(() -> kms.createKey(r -> r.keySpec("SM2").keyUsage("SIGN_VERIFY")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("KeySpec SM2 is not supported in this Region");
        String key = kms.createKey(r -> r.keySpec("ECC_NIST_P256").keyUsage("KEY_AGREEMENT")).keyMetadata().keyId();
        SdkBytes pub = kms.getPublicKey(r -> r.keyId(key)).publicKey();
        assertThatThrownBy(() -> kms.deriveSharedSecret(r -> r.keyId(key).keyAgreementAlgorithm("ECDH").publicKey(pub)
                .recipient(x -> x.keyEncryptionAlgorithm("RSAES_OAEP_SHA_256")
                        .attestationDocument(SdkBytes.fromByteArray(new byte[] {1, 2, 3})))))
                .isInstanceOf(KmsException.class).hasMessageContaining("Nitro");
    }

    @Test
    void get_key_last_usage_reports_the_last_sign() {
        String key = kms.createKey(r -> r.keySpec("ML_DSA_44").keyUsage("SIGN_VERIFY")).keyMetadata().keyId();
        var sign = kms.sign(r -> r.keyId(key).message(SdkBytes.fromByteArray(MESSAGE))
                .signingAlgorithm("ML_DSA_SHAKE_256"));
        var usage = kms.getKeyLastUsage(r -> r.keyId(key));
        assertThat(usage.keyId()).isEqualTo(key);
        assertThat(usage.keyLastUsage().operationAsString()).isEqualTo("Sign");
        assertThat(usage.keyLastUsage().kmsRequestId()).isEqualTo(sign.responseMetadata().requestId());
        assertThat(usage.trackingStartDate()).isNotNull();
    }
}
