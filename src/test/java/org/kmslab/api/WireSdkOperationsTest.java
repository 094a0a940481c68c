package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.DataKeyPairSpec;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.DisabledException;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.GrantOperation;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KeyUsageType;
import software.amazon.awssdk.services.kms.model.KmsInvalidSignatureException;
import software.amazon.awssdk.services.kms.model.KmsInvalidStateException;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.MessageType;
import software.amazon.awssdk.services.kms.model.NotFoundException;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.SigningAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * Every operation the engine offers, called through the real AWS SDK for Java v2 over HTTP, in a sandbox of its own
 * (so counts and listings are exact whatever other tests did to the default sandbox).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireSdkOperationsTest {

    @LocalServerPort
    private int port;

    @Autowired
    private SandboxService sandboxes;

    private KmsClient kms;

    @BeforeAll
    void connect() {
        kms = WireClients.as(port, sandboxes.create().principal("Admin").orElseThrow(), "us-east-1");
    }

    @AfterAll
    void close() {
        kms.close();
    }

    private String symmetricKey() {
        return kms.createKey(r -> r.description("ops")).keyMetadata().keyId();
    }

    @Test
    void key_lifecycle_list_update_disable_enable_schedule_and_cancel_deletion() {
        String keyId = symmetricKey();
        assertThat(kms.listKeys(r -> r.limit(1000)).keys()).anyMatch(k -> k.keyId().equals(keyId));
        kms.updateKeyDescription(r -> r.keyId(keyId).description("renamed"));
        assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().description()).isEqualTo("renamed");

        kms.disableKey(r -> r.keyId(keyId));
        assertThatThrownBy(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x"))))
                .isInstanceOf(DisabledException.class).hasMessageContaining("is disabled.");
        kms.enableKey(r -> r.keyId(keyId));

        var scheduled = kms.scheduleKeyDeletion(r -> r.keyId(keyId).pendingWindowInDays(7));
        assertThat(scheduled.keyState()).isEqualTo(KeyState.PENDING_DELETION);
        assertThat(scheduled.pendingWindowInDays()).isEqualTo(7);
        assertThat(scheduled.deletionDate()).isAfter(Instant.now().plus(6, ChronoUnit.DAYS));
        assertThatThrownBy(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("x"))))
                .isInstanceOf(KmsInvalidStateException.class);
        assertThat(kms.cancelKeyDeletion(r -> r.keyId(keyId)).keyId()).endsWith(keyId);
        assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState()).isEqualTo(KeyState.DISABLED);
    }

    @Test
    void data_keys_random_bytes_and_re_encrypt() {
        String keyId = symmetricKey();
        String other = symmetricKey();
        var dataKey = kms.generateDataKey(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256)
                .encryptionContext(Map.of("file", "a.txt")));
        assertThat(dataKey.plaintext().asByteArray()).hasSize(32);
        var decrypted = kms.decrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob())
                .encryptionContext(Map.of("file", "a.txt")));
        assertThat(decrypted.plaintext()).isEqualTo(dataKey.plaintext());

        var noPlaintext = kms.generateDataKeyWithoutPlaintext(r -> r.keyId(keyId).numberOfBytes(16));
        assertThat(kms.decrypt(r -> r.ciphertextBlob(noPlaintext.ciphertextBlob())).plaintext().asByteArray())
                .hasSize(16);

        assertThat(kms.generateRandom(r -> r.numberOfBytes(64)).plaintext().asByteArray()).hasSize(64);

        var re = kms.reEncrypt(r -> r.ciphertextBlob(dataKey.ciphertextBlob())
                .sourceEncryptionContext(Map.of("file", "a.txt")).destinationKeyId(other));
        assertThat(re.sourceKeyId()).endsWith(keyId);
        assertThat(re.keyId()).endsWith(other);
        assertThat(kms.decrypt(r -> r.ciphertextBlob(re.ciphertextBlob())).plaintext())
                .isEqualTo(dataKey.plaintext());
    }

    @Test
    void data_key_pairs_with_and_without_plaintext() {
        String keyId = symmetricKey();
        var pair = kms.generateDataKeyPair(r -> r.keyId(keyId).keyPairSpec(DataKeyPairSpec.ECC_NIST_P256));
        assertThat(pair.publicKey().asByteArray()).isNotEmpty();
        assertThat(pair.privateKeyPlaintext().asByteArray()).isNotEmpty();
        assertThat(kms.decrypt(r -> r.ciphertextBlob(pair.privateKeyCiphertextBlob())).plaintext())
                .isEqualTo(pair.privateKeyPlaintext());
        var without = kms.generateDataKeyPairWithoutPlaintext(r -> r.keyId(keyId)
                .keyPairSpec(DataKeyPairSpec.RSA_2048));
        assertThat(without.keyPairSpec()).isEqualTo(DataKeyPairSpec.RSA_2048);
        assertThat(without.publicKey().asByteArray()).isNotEmpty();
    }

    @Test
    void sign_and_verify_with_an_ecc_key_whose_public_key_the_jdk_accepts() throws Exception {
        String keyId = kms.createKey(r -> r.keySpec(KeySpec.ECC_NIST_P256).keyUsage(KeyUsageType.SIGN_VERIFY))
                .keyMetadata().keyId();
        SdkBytes message = SdkBytes.fromUtf8String("pay 10 EUR to Bob");
        var signed = kms.sign(r -> r.keyId(keyId).message(message).messageType(MessageType.RAW)
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256));
        assertThat(kms.verify(r -> r.keyId(keyId).message(message).signature(signed.signature())
                .signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)).signatureValid()).isTrue();
        assertThatThrownBy(() -> kms.verify(r -> r.keyId(keyId).message(SdkBytes.fromUtf8String("pay 1000 EUR"))
                .signature(signed.signature()).signingAlgorithm(SigningAlgorithmSpec.ECDSA_SHA_256)))
                .isInstanceOf(KmsInvalidSignatureException.class);

        var publicKey = kms.getPublicKey(r -> r.keyId(keyId));
        assertThat(publicKey.keySpec()).isEqualTo(KeySpec.ECC_NIST_P256);
        PublicKey jdkKey = KeyFactory.getInstance("EC")
                .generatePublic(new X509EncodedKeySpec(publicKey.publicKey().asByteArray()));
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(jdkKey);
        verifier.update(message.asByteArray());
        assertThat(verifier.verify(signed.signature().asByteArray())).isTrue();
    }

    @Test
    void generate_and_verify_mac() {
        String keyId = kms.createKey(r -> r.keySpec(KeySpec.HMAC_256).keyUsage(KeyUsageType.GENERATE_VERIFY_MAC))
                .keyMetadata().keyId();
        SdkBytes message = SdkBytes.fromUtf8String("token");
        var mac = kms.generateMac(r -> r.keyId(keyId).message(message).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256));
        assertThat(kms.verifyMac(r -> r.keyId(keyId).message(message).mac(mac.mac())
                .macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)).macValid()).isTrue();
    }

    @Test
    void rotation_status_on_demand_and_history() {
        String keyId = symmetricKey();
        kms.enableKeyRotation(r -> r.keyId(keyId).rotationPeriodInDays(90));
        var status = kms.getKeyRotationStatus(r -> r.keyId(keyId));
        assertThat(status.keyRotationEnabled()).isTrue();
        assertThat(status.rotationPeriodInDays()).isEqualTo(90);
        assertThat(status.nextRotationDate()).isAfter(Instant.now());
        kms.rotateKeyOnDemand(r -> r.keyId(keyId));
        assertThat(kms.listKeyRotations(r -> r.keyId(keyId)).rotations()).isNotEmpty();
        kms.disableKeyRotation(r -> r.keyId(keyId));
        assertThat(kms.getKeyRotationStatus(r -> r.keyId(keyId)).keyRotationEnabled()).isFalse();
    }

    @Test
    void import_key_material_wrapped_with_rsa_oaep_sha256_then_delete_it() throws Exception {
        String keyId = kms.createKey(r -> r.origin(OriginType.EXTERNAL)).keyMetadata().keyId();
        assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState()).isEqualTo(KeyState.PENDING_IMPORT);
        var params = kms.getParametersForImport(r -> r.keyId(keyId)
                .wrappingAlgorithm(AlgorithmSpec.RSAES_OAEP_SHA_256).wrappingKeySpec(WrappingKeySpec.RSA_2048));
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        PublicKey wrappingKey = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(params.publicKey().asByteArray()));
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
        oaep.init(Cipher.ENCRYPT_MODE, wrappingKey, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT));
        byte[] wrapped = oaep.doFinal(material);
        kms.importKeyMaterial(r -> r.keyId(keyId).importToken(params.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                .expirationModel(ExpirationModelType.KEY_MATERIAL_EXPIRES)
                .validTo(Instant.now().plus(30, ChronoUnit.DAYS)));
        var md = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
        assertThat(md.keyState()).isEqualTo(KeyState.ENABLED);
        assertThat(md.validTo()).isAfter(Instant.now().plus(29, ChronoUnit.DAYS));
        SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("byok"))).ciphertextBlob();
        assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asUtf8String()).isEqualTo("byok");
        kms.deleteImportedKeyMaterial(r -> r.keyId(keyId));
        assertThat(kms.describeKey(r -> r.keyId(keyId)).keyMetadata().keyState()).isEqualTo(KeyState.PENDING_IMPORT);
    }

    @Test
    void aliases_create_list_update_and_delete() {
        String first = symmetricKey();
        String second = symmetricKey();
        String alias = "alias/wire-" + UUID.randomUUID();
        kms.createAlias(r -> r.aliasName(alias).targetKeyId(first));
        assertThat(kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId()).isEqualTo(first);
        assertThat(kms.listAliases(r -> r.keyId(first)).aliases()).anyMatch(a -> a.aliasName().equals(alias)
                && a.creationDate() != null);
        kms.updateAlias(r -> r.aliasName(alias).targetKeyId(second));
        assertThat(kms.describeKey(r -> r.keyId(alias)).keyMetadata().keyId()).isEqualTo(second);
        kms.deleteAlias(r -> r.aliasName(alias));
        assertThatThrownBy(() -> kms.describeKey(r -> r.keyId(alias))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void tags_add_list_and_remove() {
        String keyId = symmetricKey();
        kms.tagResource(r -> r.keyId(keyId).tags(t -> t.tagKey("env").tagValue("lab"),
                t -> t.tagKey("team").tagValue("wire")));
        assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).hasSize(2);
        kms.untagResource(r -> r.keyId(keyId).tagKeys("env"));
        assertThat(kms.listResourceTags(r -> r.keyId(keyId)).tags()).singleElement()
                .satisfies(t -> assertThat(t.tagKey()).isEqualTo("team"));
    }

    @Test
    void key_policy_get_put_and_list() {
        String keyId = symmetricKey();
        assertThat(kms.listKeyPolicies(r -> r.keyId(keyId)).policyNames()).containsExactly("default");
        String policy = kms.getKeyPolicy(r -> r.keyId(keyId).policyName("default")).policy();
        assertThat(policy).contains("arn:aws:iam::");
        kms.putKeyPolicy(r -> r.keyId(keyId).policyName("default").policy(policy));
        assertThat(kms.getKeyPolicy(r -> r.keyId(keyId).policyName("default")).policy()).contains("Statement");
    }

    @Test
    void grants_create_list_retire_and_revoke() {
        String keyId = symmetricKey();
        String account = kms.describeKey(r -> r.keyId(keyId)).keyMetadata().awsAccountId();
        String app = "arn:aws:iam::" + account + ":role/App";
        String admin = "arn:aws:iam::" + account + ":role/Admin";
        var grant = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(app).retiringPrincipal(admin)
                .operations(GrantOperation.ENCRYPT, GrantOperation.DECRYPT).name("app-grant"));
        assertThat(grant.grantId()).isNotBlank();
        assertThat(grant.grantToken()).isNotBlank();
        assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).singleElement()
                .satisfies(g -> assertThat(g.granteePrincipal()).isEqualTo(app));
        assertThat(kms.listRetirableGrants(r -> r.retiringPrincipal(admin)).grants())
                .anyMatch(g -> g.grantId().equals(grant.grantId()));
        kms.retireGrant(r -> r.keyId(keyId).grantId(grant.grantId()));
        assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).isEmpty();

        var second = kms.createGrant(r -> r.keyId(keyId).granteePrincipal(app).operations(GrantOperation.ENCRYPT));
        kms.revokeGrant(r -> r.keyId(keyId).grantId(second.grantId()));
        assertThat(kms.listGrants(r -> r.keyId(keyId)).grants()).isEmpty();
    }
}
