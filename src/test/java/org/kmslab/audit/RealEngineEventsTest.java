package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DataKeySpec;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GenerateDataKeyResult;
import org.kmslab.engine.api.GetParametersForImportRequest;
import org.kmslab.engine.api.GetParametersForImportResult;
import org.kmslab.engine.api.ImportKeyMaterialRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.WrappingKeySpec;
import tools.jackson.databind.JsonNode;

/** The audit log and metrics fed by the full engine: data keys, imported material, deletion, asymmetric keys. */
class RealEngineEventsTest {

    private final AuditFixture f = new AuditFixture();

    @AfterEach
    void closeFixture() {
        f.close();
    }

    @Test
    void generate_data_key_leaves_neither_the_data_key_nor_its_encrypted_copy_in_any_row() {
        String key = f.symmetricKey();
        GenerateDataKeyResult dataKey = f.kms.generateDataKey(f.root,
                GenerateDataKeyRequest.of(key, DataKeySpec.AES_256));
        JsonNode e = CloudTrailJson.tree(f.newest().json());
        assertThat(e.get("eventName").asString()).isEqualTo("GenerateDataKey");
        assertThat(e.get("requestParameters").get("keySpec").asString()).isEqualTo("AES_256");
        assertThat(e.get("responseElements").isNull()).isTrue();

        for (String row : stored()) {
            for (byte[] secret : List.of(dataKey.plaintext(), dataKey.ciphertextBlob())) {
                assertThat(row).doesNotContain(Base64.getEncoder().encodeToString(secret),
                        HexFormat.of().formatHex(secret), HexFormat.of().withUpperCase().formatHex(secret));
            }
        }
    }

    @Test
    void expiring_imported_material_is_measured_then_deleted_by_a_kms_service_event() throws Exception {
        String key = f.kms.createKey(f.root, CreateKeyRequest.external()).keyMetadata().arn();
        GetParametersForImportResult params = f.kms.getParametersForImport(f.root,
                GetParametersForImportRequest.of(key, AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec.RSA_2048));
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        byte[] wrapped = wrap(params.publicKey(), material);
        f.kms.importKeyMaterial(f.root, ImportKeyMaterialRequest.expiring(key, params.importToken(), wrapped,
                AuditFixture.START.plus(Duration.ofHours(2))));

        assertThat(f.registry.get(KmsMetrics.EXPIRATION).gauge().value()).isBetween(7199.0, 7200.0);
        for (String row : stored()) {
            for (byte[] secret : List.of(material, wrapped, params.importToken(), params.publicKey())) {
                assertThat(row).doesNotContain(Base64.getEncoder().encodeToString(secret),
                        HexFormat.of().formatHex(secret));
            }
        }

        f.clock.advance(Duration.ofHours(3));
        f.kms.runDueTasks();
        JsonNode e = CloudTrailJson.tree(f.newest().json());
        assertThat(e.get("eventName").asString()).isEqualTo("DeleteExpiredKeyMaterial");
        assertThat(e.get("eventType").asString()).isEqualTo("AwsServiceEvent");
        assertThat(e.get("userIdentity").get("invokedBy").asString()).isEqualTo("AWS Internal");
        assertThat(e.get("serviceEventDetails").get("keyId").asString()).isEqualTo(key.substring(key.lastIndexOf('/') + 1));
        assertThat(e.get("serviceEventDetails").get("keyMaterialId").isString()).isTrue();
        assertThat(f.registry.find(KmsMetrics.EXPIRATION).gauges()).isEmpty();
    }

    @Test
    void a_deleted_key_shows_a_delete_key_service_event() {
        String key = f.symmetricKey();
        f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(key, 7));
        f.clock.advance(Duration.ofDays(8));
        f.kms.runDueTasks();

        AuditEntry newest = f.newest();
        assertThat(newest.eventName()).isEqualTo("DeleteKey");
        assertThat(newest.eventType()).isEqualTo("AwsServiceEvent");
        assertThat(newest.quotaClass()).isNull();
        JsonNode e = CloudTrailJson.tree(newest.json());
        assertThat(e.get("resources").get(0).get("ARN").asString()).isEqualTo(key);
        assertThat(e.get("requestParameters").isNull()).isTrue();
    }

    @Test
    void asymmetric_calls_count_against_the_rsa_and_ecc_quotas() {
        String rsa = f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT))
                .keyMetadata().arn();
        String ecc = f.kms.createKey(f.root, CreateKeyRequest.of(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY))
                .keyMetadata().arn();
        f.kms.encrypt(f.root, EncryptRequest.of(rsa, new byte[] {1}).withEncryptionAlgorithm("RSAES_OAEP_SHA_256"));
        assertThat(f.newest().quotaClass()).isEqualTo("CryptographicOperationsRsa");
        f.kms.sign(f.root, SignRequest.of(ecc, new byte[] {1}, SigningAlgorithm.ECDSA_SHA_256));
        assertThat(f.newest().quotaClass()).isEqualTo("CryptographicOperationsEcc");
    }

    private static byte[] wrap(byte[] publicKey, byte[] raw) throws Exception {
        PublicKey pub = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKey));
        Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
        rsa.init(Cipher.ENCRYPT_MODE, pub, new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                PSource.PSpecified.DEFAULT));
        return rsa.doFinal(raw);
    }

    /** Every row of the audit table, and the journal's bytes. */
    private List<String> stored() {
        List<String> stored = new ArrayList<>(f.allColumnsOfAllRows());
        stored.add(f.journalBytes());
        return stored;
    }
}
