package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;

/** Calls land in the AWS request quota they count against (KMS-REFERENCE §1.14, requests-per-second.html). */
class QuotaClassesTest {

    private static final Caller ROOT = Caller.root(AuditFixture.ACCOUNT, CallSource.LESSON);
    private static final String KEY = AuditFixture.arn("1234abcd-12ab-34cd-56ef-1234567890ab");

    private final QuotaClasses classes = new QuotaClasses();

    @Test
    void symmetric_crypto_shares_the_symmetric_quota() {
        assertThat(classify("Encrypt", Map.of("encryptionAlgorithm", "SYMMETRIC_DEFAULT")))
                .isEqualTo("CryptographicOperationsSymmetric");
        assertThat(classify("Decrypt", Map.of())).isEqualTo("CryptographicOperationsSymmetric");
        assertThat(classify("GenerateDataKey", Map.of("keySpec", "AES_256")))
                .isEqualTo("CryptographicOperationsSymmetric");
        assertThat(classify("GenerateDataKeyWithoutPlaintext", Map.of()))
                .isEqualTo("CryptographicOperationsSymmetric");
        assertThat(classify("GenerateMac", Map.of("macAlgorithm", "HMAC_SHA_256")))
                .isEqualTo("CryptographicOperationsSymmetric");
        assertThat(classify("VerifyMac", Map.of())).isEqualTo("CryptographicOperationsSymmetric");
        assertThat(classify("GenerateRandom", Map.of())).isEqualTo("CryptographicOperationsSymmetric");
        assertThat(classify("ReEncrypt", Map.of())).isEqualTo("CryptographicOperationsSymmetric");
    }

    @Test
    void asymmetric_crypto_is_classed_by_the_algorithm_in_the_request() {
        assertThat(classify("Encrypt", Map.of("encryptionAlgorithm", "RSAES_OAEP_SHA_256")))
                .isEqualTo("CryptographicOperationsRsa");
        assertThat(classify("Sign", Map.of("signingAlgorithm", "RSASSA_PSS_SHA_256")))
                .isEqualTo("CryptographicOperationsRsa");
        assertThat(classify("Verify", Map.of("signingAlgorithm", "ECDSA_SHA_384")))
                .isEqualTo("CryptographicOperationsEcc");
        assertThat(classify("Decrypt", Map.of("encryptionAlgorithm", "SM2PKE")))
                .isEqualTo("CryptographicOperationsEcc");
        assertThat(classify("Sign", Map.of("signingAlgorithm", "ML_DSA_SHAKE_256")))
                .isEqualTo("CryptographicOperationsMlDsa");
        assertThat(classify("DeriveSharedSecret", Map.of())).isEqualTo("CryptographicOperationsEcc");
    }

    @Test
    void without_an_algorithm_the_key_spec_learned_from_create_key_decides() {
        Map<String, Object> metadata = Map.of("arn", KEY, "keySpec", "ECC_NIST_P256");
        classes.classify(event("CreateKey", Map.of("keySpec", "ECC_NIST_P256"), Map.of("keyMetadata", metadata)));

        assertThat(classify("Sign", Map.of())).isEqualTo("CryptographicOperationsEcc");
    }

    @Test
    void data_key_pairs_have_a_quota_per_key_pair_spec() {
        assertThat(classify("GenerateDataKeyPair", Map.of("keyPairSpec", "RSA_2048")))
                .isEqualTo("GenerateDataKeyPair (RSA_2048)");
        assertThat(classify("GenerateDataKeyPairWithoutPlaintext", Map.of("keyPairSpec", "ECC_NIST_P256")))
                .isEqualTo("GenerateDataKeyPair (ECC_NIST_P256)");
    }

    @Test
    void a_refused_call_with_a_made_up_key_pair_spec_still_fits_the_audit_table() {
        assertThat(classify("GenerateDataKeyPair", Map.of("keyPairSpec", "A".repeat(300_000))))
                .isEqualTo("GenerateDataKeyPair");
    }

    @Test
    void other_operations_have_their_own_quota_and_service_events_none() {
        assertThat(classify("DescribeKey", Map.of())).isEqualTo("DescribeKey");
        assertThat(classify("CreateKey", Map.of())).isEqualTo("CreateKey");
        assertThat(classify("GetPublicKey", Map.of())).isEqualTo("GetPublicKey");
        EngineEvent rotation = new EngineEvent("e", "r", AuditFixture.START, "RotateKey",
                EventType.AWS_SERVICE_EVENT, ROOT, AuditFixture.ACCOUNT, AuditFixture.REGION, KEY, Map.of(), null,
                null, null, null, false, 0);
        assertThat(classes.classify(rotation)).isNull();
    }

    private String classify(String operation, Map<String, Object> params) {
        return classes.classify(event(operation, params, null));
    }

    private static EngineEvent event(String operation, Map<String, Object> params, Map<String, Object> response) {
        return new EngineEvent("e", "r", AuditFixture.START, operation, EventType.AWS_API_CALL, ROOT,
                AuditFixture.ACCOUNT, AuditFixture.REGION, KEY, params, response, null, null, null, true, 1);
    }
}
