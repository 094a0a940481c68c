package org.kmslab.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bring your own key: wrap with {@code lab wrap-key-material}, import with {@code fileb://}, expire, re-import. */
class ImportKeyMaterialFlowTest {

    private final ConsoleFixture f = new ConsoleFixture();

    private String[] parameters(String keyId, String algorithm) {
        ConsoleResult p = f.run("aws kms get-parameters-for-import --key-id " + keyId + " --wrapping-algorithm "
                + algorithm + " --wrapping-key-spec RSA_2048");
        assertThat(p.ok()).as(p.output()).isTrue();
        return new String[] {p.result().get("PublicKey").asString(), p.result().get("ImportToken").asString()};
    }

    @ParameterizedTest
    @ValueSource(strings = {"RSAES_OAEP_SHA_256", "RSAES_OAEP_SHA_1", "RSA_AES_KEY_WRAP_SHA_256",
        "RSA_AES_KEY_WRAP_SHA_1"})
    void material_wrapped_by_the_lab_helper_imports(String algorithm) {
        String keyId = f.ok("aws kms create-key --origin EXTERNAL --query KeyMetadata.KeyId --output text");
        String[] params = parameters(keyId, algorithm);
        f.ok("lab generate-key-material --out material.bin");
        f.ok("lab wrap-key-material --in material.bin --public-key " + params[0] + " --wrapping-algorithm "
                + algorithm + " --out wrapped.bin");
        f.ok("lab save-base64 --text " + params[1] + " --out token.bin");

        ConsoleResult imported = f.run("aws kms import-key-material --key-id " + keyId + " --import-token "
                + "fileb://token.bin --encrypted-key-material fileb://wrapped.bin --expiration-model "
                + "KEY_MATERIAL_DOES_NOT_EXPIRE");

        assertThat(imported.ok()).as(imported.output()).isTrue();
        assertThat(f.run("aws kms encrypt --key-id " + keyId + " --plaintext hi --cli-binary-format raw-in-base64-out").ok()).isTrue();
    }

    @Test
    void re_importing_the_same_material_after_expiry_decrypts_the_old_ciphertext() {
        String keyId = f.ok("aws kms create-key --origin EXTERNAL --query KeyMetadata.KeyId --output text");
        String[] first = parameters(keyId, "RSAES_OAEP_SHA_256");
        f.ok("lab generate-key-material --out material.bin");
        f.ok("lab wrap-key-material --in material.bin --public-key " + first[0]
                + " --wrapping-algorithm RSAES_OAEP_SHA_256 --out wrapped.bin");
        String validTo = f.ok("lab date --add-days 7");
        f.ok("aws kms import-key-material --key-id " + keyId + " --import-token " + first[1]
                + " --encrypted-key-material fileb://wrapped.bin --expiration-model KEY_MATERIAL_EXPIRES "
                + "--valid-to " + validTo);
        String blob = f.ok("aws kms encrypt --key-id " + keyId + " --plaintext 'paid: invoice 7731' --cli-binary-format raw-in-base64-out "
                + "--query CiphertextBlob --output text");

        f.sandbox.clock().advance(Duration.ofDays(8));
        f.sandbox.engine().runDueTasks();
        assertThat(f.eventNames()).contains("DeleteExpiredKeyMaterial");
        assertThat(f.run("aws kms decrypt --ciphertext-blob " + blob).errorType())
                .isEqualTo("KMSInvalidStateException");

        String[] second = parameters(keyId, "RSAES_OAEP_SHA_256");
        f.ok("lab wrap-key-material --in material.bin --public-key " + second[0]
                + " --wrapping-algorithm RSAES_OAEP_SHA_256 --out wrapped2.bin");
        f.ok("aws kms import-key-material --key-id " + keyId + " --import-token " + second[1]
                + " --encrypted-key-material fileb://wrapped2.bin --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE");

        String plaintext = f.ok("aws kms decrypt --ciphertext-blob " + blob + " --query Plaintext --output text");
        assertThat(new String(java.util.Base64.getDecoder().decode(plaintext))).isEqualTo("paid: invoice 7731");
    }

    @Test
    void material_wrapped_for_another_public_key_is_refused() {
        String keyId = f.ok("aws kms create-key --origin EXTERNAL --query KeyMetadata.KeyId --output text");
        String[] first = parameters(keyId, "RSAES_OAEP_SHA_256");
        f.ok("lab generate-key-material --out material.bin");
        f.ok("lab wrap-key-material --in material.bin --public-key " + first[0]
                + " --wrapping-algorithm RSAES_OAEP_SHA_256 --out wrapped.bin");
        String[] second = parameters(keyId, "RSAES_OAEP_SHA_256");

        assertThat(f.run("aws kms import-key-material --key-id " + keyId + " --import-token " + second[1]
                + " --encrypted-key-material fileb://wrapped.bin --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE")
                .errorType()).isEqualTo("InvalidCiphertextException");
    }
}
