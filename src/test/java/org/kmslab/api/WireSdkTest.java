package org.kmslab.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CreateKeyResponse;
import software.amazon.awssdk.services.kms.model.DecryptResponse;
import software.amazon.awssdk.services.kms.model.EncryptResponse;
import software.amazon.awssdk.services.kms.model.InvalidCiphertextException;
import software.amazon.awssdk.services.kms.model.KeyState;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/** The real AWS SDK for Java v2, unmodified, talking to KMS Lab over HTTP in local mode. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WireSdkTest {

    @LocalServerPort
    private int port;

    private KmsClient kms;

    @BeforeAll
    void connect() {
        kms = WireClients.anonymous(port, "us-east-1");
    }

    @AfterAll
    void close() {
        kms.close();
    }

    private String newKey(String description) {
        return kms.createKey(r -> r.description(description)).keyMetadata().keyId();
    }

    @Test
    void create_key_returns_metadata_the_sdk_understands() {
        CreateKeyResponse created = kms.createKey(r -> r.description("made by the SDK")
                .tags(t -> t.tagKey("team").tagValue("wire")));
        var md = created.keyMetadata();
        assertThat(md.keyId()).matches("[0-9a-f-]{36}");
        assertThat(md.arn()).isEqualTo("arn:aws:kms:us-east-1:111122223333:key/" + md.keyId());
        assertThat(md.awsAccountId()).isEqualTo("111122223333");
        assertThat(md.keyState()).isEqualTo(KeyState.ENABLED);
        assertThat(md.description()).isEqualTo("made by the SDK");
        assertThat(md.creationDate()).isNotNull();
        assertThat(md.encryptionAlgorithmsAsStrings()).containsExactly("SYMMETRIC_DEFAULT");
    }

    @Test
    void describe_key_finds_the_key_by_id_and_arn() {
        String keyId = newKey("describe me");
        var byId = kms.describeKey(r -> r.keyId(keyId)).keyMetadata();
        var byArn = kms.describeKey(r -> r.keyId(byId.arn())).keyMetadata();
        assertThat(byArn.keyId()).isEqualTo(keyId);
        assertThat(byArn.creationDate()).isEqualTo(byId.creationDate());
    }

    @Test
    void encrypt_then_decrypt_returns_the_plaintext_with_the_same_encryption_context() {
        String keyId = newKey("round trip");
        Map<String, String> context = Map.of("purpose", "wire-test");
        EncryptResponse enc = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("hello, KMS"))
                .encryptionContext(context));
        assertThat(enc.keyId()).endsWith(keyId);
        assertThat(enc.encryptionAlgorithmAsString()).isEqualTo("SYMMETRIC_DEFAULT");
        DecryptResponse dec = kms.decrypt(r -> r.ciphertextBlob(enc.ciphertextBlob()).encryptionContext(context));
        assertThat(dec.plaintext().asUtf8String()).isEqualTo("hello, KMS");
        assertThat(dec.keyId()).endsWith(keyId);
    }

    @Test
    void an_unknown_key_is_a_not_found_exception() {
        assertThatThrownBy(() -> kms.describeKey(r -> r.keyId("alias/does-not-exist")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("alias/does-not-exist");
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void a_tampered_ciphertext_is_an_invalid_ciphertext_exception() {
        String keyId = newKey("tamper");
        byte[] blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("secret")))
                .ciphertextBlob().asByteArray();
        blob[blob.length - 1] ^= 1;
        assertThatThrownBy(() -> kms.decrypt(r -> r.ciphertextBlob(SdkBytes.fromByteArray(blob))))
                .isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void a_wrong_encryption_context_is_an_invalid_ciphertext_exception() {
        String keyId = newKey("context");
        SdkBytes blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("s"))
                .encryptionContext(Map.of("a", "bc"))).ciphertextBlob();
        assertThatThrownBy(() -> kms.decrypt(r -> r.ciphertextBlob(blob).encryptionContext(Map.of("ab", "c"))))
                .isInstanceOf(InvalidCiphertextException.class);
    }

    @Test
    void an_oversized_plaintext_is_a_validation_exception_with_aws_message() {
        String keyId = newKey("too big");
        assertThatThrownBy(() -> kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(new byte[4097]))))
                .isInstanceOfSatisfying(KmsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("1 validation error detected: Value "
                            + "at 'plaintext' failed to satisfy constraint: Member must have length less than or "
                            + "equal to 4096");
                });
    }

    @Test
    void each_region_has_its_own_keys() {
        String keyId = newKey("us-east-1 only");
        try (KmsClient ireland = WireClients.anonymous(port, "eu-west-1")) {
            assertThatThrownBy(() -> ireland.describeKey(r -> r.keyId(keyId)))
                    .isInstanceOf(NotFoundException.class);
            String irishKey = ireland.createKey(r -> r.description("eu")).keyMetadata().arn();
            assertThat(irishKey).startsWith("arn:aws:kms:eu-west-1:111122223333:key/");
        }
    }
}
