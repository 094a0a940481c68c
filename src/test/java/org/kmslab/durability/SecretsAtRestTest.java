package org.kmslab.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.AlgorithmSpec;
import software.amazon.awssdk.services.kms.model.DataKeyPairSpec;
import software.amazon.awssdk.services.kms.model.DataKeySpec;
import software.amazon.awssdk.services.kms.model.ExpirationModelType;
import software.amazon.awssdk.services.kms.model.OriginType;
import software.amazon.awssdk.services.kms.model.WrappingKeySpec;

/**
 * No secret is ever written in clear: after a run that encrypts a marker, generates data keys and a data key pair,
 * imports key material, rotates a key and issues credentials, every byte of the data folder and of the
 * application's log holds none of them, raw, in base64 (at each alignment) or in hex; nor the root key.
 */
class SecretsAtRestTest {

    private static final byte[] MARKER = "KMSLAB-MARKER-7f3a9c-plaintext-never-at-rest".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final Map<String, byte[]> secrets = new LinkedHashMap<>();
    private String keyId;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void no_key_material_plaintext_or_credential_reaches_the_data_folder_or_the_log() throws Exception {
        byte[] root = new byte[32];
        new SecureRandom().nextBytes(root);
        secrets.put("root key", root);
        Path data = dir.resolve("data");
        Path log = dir.resolve("app.log");
        try (AppProcess app = AppProcess.start(data, log,
                Map.of("KMSLAB_ROOT_KEY", Base64.getEncoder().encodeToString(root)));
             KmsClient kms = app.kms()) {
            exercise(kms);
            issueCredentials(app.port());
            app.stop();
        }
        assertThat(data.resolve("root.key")).doesNotExist();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
        assertThat(files).anySatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".mv.db"));
        // Control: the scan reads what the database really holds (the key id is stored in clear, as it should be).
        byte[] database = Files.readAllBytes(files.stream().filter(f -> f.toString().endsWith(".mv.db")).findFirst()
                .orElseThrow());
        assertThat(indexOf(database, keyId.getBytes(StandardCharsets.US_ASCII))).isNotNegative();
        files.add(log);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (Map.Entry<String, byte[]> secret : secrets.entrySet()) {
                for (byte[] needle : forms(secret.getValue())) {
                    assertThat(indexOf(bytes, needle)).as("%s in %s", secret.getKey(), file).isEqualTo(-1);
                }
            }
        }
    }

    private void exercise(KmsClient kms) throws Exception {
        keyId = kms.createKey(r -> r.description("scan")).keyMetadata().keyId();
        var blob = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromByteArray(MARKER))).ciphertextBlob();
        assertThat(kms.decrypt(r -> r.ciphertextBlob(blob)).plaintext().asByteArray()).isEqualTo(MARKER);
        secrets.put("marker plaintext", MARKER);
        for (int i = 0; i < 3; i++) {
            secrets.put("data key " + i, kms.generateDataKey(r -> r.keyId(keyId).keySpec(DataKeySpec.AES_256))
                    .plaintext().asByteArray());
        }
        kms.enableKeyRotation(r -> r.keyId(keyId));
        kms.rotateKeyOnDemand(r -> r.keyId(keyId));
        secrets.put("data key after rotation", kms.generateDataKey(r -> r.keyId(keyId).numberOfBytes(32))
                .plaintext().asByteArray());
        secrets.put("data key pair private key", kms.generateDataKeyPair(r -> r.keyId(keyId)
                .keyPairSpec(DataKeyPairSpec.ECC_NIST_P256)).privateKeyPlaintext().asByteArray());

        String imported = kms.createKey(r -> r.origin(OriginType.EXTERNAL)).keyMetadata().keyId();
        var parameters = kms.getParametersForImport(r -> r.keyId(imported)
                .wrappingAlgorithm(AlgorithmSpec.RSAES_OAEP_SHA_256).wrappingKeySpec(WrappingKeySpec.RSA_2048));
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        secrets.put("imported key material", material);
        PublicKey wrapping = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(parameters.publicKey().asByteArray()));
        Cipher oaep = Cipher.getInstance("RSA/ECB/OAEPPadding");
        oaep.init(Cipher.ENCRYPT_MODE, wrapping, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT));
        byte[] wrapped = oaep.doFinal(material);
        kms.importKeyMaterial(r -> r.keyId(imported).importToken(parameters.importToken())
                .encryptedKeyMaterial(SdkBytes.fromByteArray(wrapped))
                .expirationModel(ExpirationModelType.KEY_MATERIAL_DOES_NOT_EXPIRE));
        var importedBlob = kms.encrypt(r -> r.keyId(imported).plaintext(SdkBytes.fromByteArray(MARKER)))
                .ciphertextBlob();
        assertThat(kms.decrypt(r -> r.ciphertextBlob(importedBlob)).plaintext().asByteArray()).isEqualTo(MARKER);
    }

    /** Creates a sandbox over the REST API and keeps every secret access key it hands out. */
    private void issueCredentials(int port) throws IOException, InterruptedException {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/sandboxes"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher secret = Pattern.compile("\"secretAccessKey\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        int n = 0;
        while (secret.find()) {
            secrets.put("secret access key " + n++, secret.group(1).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(n).isGreaterThanOrEqualTo(3);
    }

    /** The secret raw, in hex (both cases) and in base64 at each of the three byte alignments. */
    static List<byte[]> forms(byte[] secret) {
        List<byte[]> forms = new ArrayList<>();
        forms.add(secret);
        forms.add(HexFormat.of().formatHex(secret).getBytes(StandardCharsets.US_ASCII));
        forms.add(HexFormat.of().withUpperCase().formatHex(secret).getBytes(StandardCharsets.US_ASCII));
        for (int skip = 0; skip < 3 && secret.length - skip >= 12; skip++) {
            int whole = (secret.length - skip) / 3 * 3;
            byte[] part = java.util.Arrays.copyOfRange(secret, skip, skip + whole);
            forms.add(Base64.getEncoder().encode(part));
            forms.add(Base64.getUrlEncoder().withoutPadding().encode(part));
        }
        return forms;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
