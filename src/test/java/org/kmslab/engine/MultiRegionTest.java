package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kmslab.engine.Regions3.AP;
import static org.kmslab.engine.Regions3.EU;
import static org.kmslab.engine.Regions3.US;
import static org.kmslab.engine.Regions3.arn;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EnableKeyRotationRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateMacRequest;
import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.GetParametersForImportRequest;
import org.kmslab.engine.api.ImportKeyMaterialRequest;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.api.MultiRegionKey;
import org.kmslab.engine.api.ReplicateKeyRequest;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.SigningAlgorithm;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.api.UpdatePrimaryRegionRequest;
import org.kmslab.engine.api.VerifyMacRequest;
import org.kmslab.engine.api.VerifyRequest;
import org.kmslab.engine.api.WrappingKeySpec;
import org.kmslab.engine.exception.AccessDeniedException;
import org.kmslab.engine.exception.AlreadyExistsException;
import org.kmslab.engine.exception.DisabledException;
import org.kmslab.engine.exception.IncorrectKeyException;
import org.kmslab.engine.exception.IncorrectKeyMaterialException;
import org.kmslab.engine.exception.KMSInvalidStateException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.exception.ValidationException;

/** Multi-Region keys across three Regions of one account: replicas, shared material, primary changes, deletion. */
class MultiRegionTest {

    private final Regions3 aws = new Regions3();
    private final KmsEngine us = aws.in(US);
    private final KmsEngine eu = aws.in(EU);
    private final byte[] secret = "launch codes".getBytes(StandardCharsets.UTF_8);

    private String primary(CreateKeyRequest request) {
        return us.createKey(aws.root, request.withMultiRegion(true)).keyMetadata().keyId();
    }

    private KeyMetadata describe(KmsEngine kms, String keyId) {
        return kms.describeKey(aws.root, DescribeKeyRequest.of(keyId)).keyMetadata();
    }

    /** The replica settles (Creating ends) after a few seconds on the engine clock. */
    private void settle() {
        aws.clock.advance(Duration.ofSeconds(5));
    }

    @Test
    void a_multi_region_key_has_an_mrk_id_and_is_its_own_primary() {
        KeyMetadata md = us.createKey(aws.root, CreateKeyRequest.symmetric().withMultiRegion(true)).keyMetadata();
        assertThat(md.keyId()).matches("mrk-[0-9a-f]{32}");
        assertThat(md.multiRegion()).isTrue();
        assertThat(md.multiRegionConfiguration().multiRegionKeyType()).isEqualTo("PRIMARY");
        assertThat(md.multiRegionConfiguration().primaryKey()).isEqualTo(new MultiRegionKey(arn(US, md.keyId()), US));
        assertThat(md.multiRegionConfiguration().replicaKeys()).isEmpty();
        KeyMetadata single = us.createKey(aws.root, CreateKeyRequest.symmetric()).keyMetadata();
        assertThat(single.multiRegion()).isFalse();
        assertThat(single.multiRegionConfiguration()).isNull();
    }

    @Test
    void a_replica_has_the_same_id_and_material_and_its_own_policy_tags_and_description() {
        String id = primary(CreateKeyRequest.symmetric().withDescription("orders"));
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Sid":"eu","Effect":"Allow",\
                "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"}]}""";
        var result = us.replicateKey(aws.root, new ReplicateKeyRequest(id, EU, policy, null, "orders in Europe",
                List.of(Tag.of("team", "eu"))));
        KeyMetadata replica = result.replicaKeyMetadata();
        assertThat(replica.keyId()).isEqualTo(id);
        assertThat(replica.arn()).isEqualTo(arn(EU, id));
        assertThat(replica.keyState()).isEqualTo("Creating");
        assertThat(replica.enabled()).isFalse();
        assertThat(replica.multiRegionConfiguration().multiRegionKeyType()).isEqualTo("REPLICA");
        assertThat(result.replicaPolicy()).isEqualTo(policy);
        assertThat(result.replicaTags()).containsExactly(Tag.of("team", "eu"));
        assertThatThrownBy(() -> eu.encrypt(aws.root, EncryptRequest.of(id, secret)))
                .isInstanceOf(KMSInvalidStateException.class).hasMessage(arn(EU, id) + " is creating.");

        settle();
        KeyMetadata settled = describe(eu, id);
        assertThat(settled.keyState()).isEqualTo("Enabled");
        assertThat(settled.description()).isEqualTo("orders in Europe");
        assertThat(settled.currentKeyMaterialId()).isEqualTo(describe(us, id).currentKeyMaterialId());
        assertThat(eu.getKeyPolicy(aws.root, GetKeyPolicyRequest.of(id)).policy()).isEqualTo(policy);
        assertThat(describe(us, id).description()).isEqualTo("orders");
        assertThat(describe(us, id).multiRegionConfiguration().replicaKeys())
                .containsExactly(new MultiRegionKey(arn(EU, id), EU));
        assertThat(settled.multiRegionConfiguration().primaryKey()).isEqualTo(new MultiRegionKey(arn(US, id), US));
    }

    @Test
    void ciphertext_from_one_region_decrypts_with_the_replica_and_with_no_other_key() {
        String id = primary(CreateKeyRequest.symmetric());
        String other = primary(CreateKeyRequest.symmetric());
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        us.replicateKey(aws.root, ReplicateKeyRequest.of(other, EU));
        settle();
        byte[] blob = us.encrypt(aws.root, EncryptRequest.of(id, secret)).ciphertextBlob();
        assertThat(eu.decrypt(aws.root, DecryptRequest.of(blob)).plaintext()).isEqualTo(secret);
        assertThat(eu.decrypt(aws.root, DecryptRequest.of(blob)).keyId()).isEqualTo(arn(EU, id));
        byte[] back = eu.encrypt(aws.root, EncryptRequest.of(id, secret)).ciphertextBlob();
        assertThat(us.decrypt(aws.root, DecryptRequest.of(back)).plaintext()).isEqualTo(secret);

        assertThatThrownBy(() -> eu.decrypt(aws.root, new DecryptRequest(blob, null, null, other, null, null)))
                .isInstanceOf(IncorrectKeyException.class);
        assertThatThrownBy(() -> aws.in(AP).decrypt(aws.root, DecryptRequest.of(blob)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_replica_has_its_own_enabled_state() {
        String id = primary(CreateKeyRequest.symmetric());
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        settle();
        eu.disableKey(aws.root, DisableKeyRequest.of(id));
        assertThat(describe(us, id).keyState()).isEqualTo("Enabled");
        assertThatThrownBy(() -> eu.encrypt(aws.root, EncryptRequest.of(id, secret)))
                .isInstanceOf(DisabledException.class).hasMessage(arn(EU, id) + " is disabled.");
        us.encrypt(aws.root, EncryptRequest.of(id, secret));
    }

    @Test
    void bad_replication_requests_get_aws_errors_and_change_nothing() {
        String id = primary(CreateKeyRequest.symmetric());
        String single = us.createKey(aws.root, CreateKeyRequest.symmetric()).keyMetadata().keyId();
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        settle();
        var before = List.of(keys(us), keys(eu), keys(aws.in(AP)));

        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(id, US)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU)))
                .isInstanceOf(AlreadyExistsException.class).hasMessage(arn(EU, id) + " already exists");
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(single, EU)))
                .isInstanceOf(KmsUnsupportedOperationException.class)
                .hasMessage(arn(US, single) + " is not a multi-region primary key.");
        assertThatThrownBy(() -> eu.replicateKey(aws.root, ReplicateKeyRequest.of(id, AP)))
                .isInstanceOf(KmsUnsupportedOperationException.class)
                .hasMessage(arn(EU, id) + " is not a multi-region primary key.");
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(id, "mars-north-1")))
                .isInstanceOf(KmsUnsupportedOperationException.class)
                .hasMessage("KMS Lab does not know the Region mars-north-1.");
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(id, "Europe")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at 'replicaRegion'");
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of("alias/x", AP)))
                .isInstanceOf(NotFoundException.class);
        us.disableKey(aws.root, DisableKeyRequest.of(id));
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(id, AP)))
                .isInstanceOf(DisabledException.class).hasMessage(arn(US, id) + " is disabled.");
        us.enableKey(aws.root, EnableKeyRequest.of(id));

        assertThat(List.of(keys(us), keys(eu), keys(aws.in(AP)))).isEqualTo(before);
        assertThat(describe(us, id).multiRegionConfiguration().replicaKeys()).hasSize(1);
    }

    private List<String> keys(KmsEngine kms) {
        return kms.listKeys(aws.root, new ListKeysRequest(null, null)).keys().stream().map(k -> k.keyArn()).toList();
    }

    @Test
    void update_primary_region_swaps_primary_and_replica_through_the_updating_state() {
        String id = primary(CreateKeyRequest.symmetric());
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, AP));
        settle();
        assertThatThrownBy(() -> us.updatePrimaryRegion(aws.root, new UpdatePrimaryRegionRequest(id, "us-west-2")))
                .isInstanceOf(NotFoundException.class);
        us.updatePrimaryRegion(aws.root, new UpdatePrimaryRegionRequest(id, EU));

        assertThat(describe(us, id).keyState()).isEqualTo("Updating");
        assertThat(describe(eu, id).keyState()).isEqualTo("Updating");
        byte[] blob = us.encrypt(aws.root, EncryptRequest.of(id, secret)).ciphertextBlob();
        assertThatThrownBy(() -> eu.disableKey(aws.root, DisableKeyRequest.of(id)))
                .isInstanceOf(KMSInvalidStateException.class).hasMessage(arn(EU, id) + " is updating.");

        settle();
        assertThat(describe(us, id).keyState()).isEqualTo("Enabled");
        assertThat(describe(eu, id).multiRegionConfiguration().multiRegionKeyType()).isEqualTo("PRIMARY");
        assertThat(describe(us, id).multiRegionConfiguration().multiRegionKeyType()).isEqualTo("REPLICA");
        var fromAp = describe(aws.in(AP), id).multiRegionConfiguration();
        assertThat(fromAp.primaryKey().region()).isEqualTo(EU);
        assertThat(fromAp.replicaKeys()).extracting(MultiRegionKey::region).containsExactlyInAnyOrder(US, AP);
        assertThat(eu.decrypt(aws.root, DecryptRequest.of(blob)).plaintext()).isEqualTo(secret);
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(id, "us-west-2")))
                .isInstanceOf(KmsUnsupportedOperationException.class);
        assertThatThrownBy(() -> us.enableKeyRotation(aws.root, EnableKeyRotationRequest.of(id)))
                .isInstanceOf(KmsUnsupportedOperationException.class);
        eu.enableKeyRotation(aws.root, EnableKeyRotationRequest.of(id));
    }

    @Test
    void rotating_the_primary_rotates_every_replica_on_demand_and_on_schedule() {
        String id = primary(CreateKeyRequest.symmetric());
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        settle();
        us.rotateKeyOnDemand(aws.root, RotateKeyOnDemandRequest.of(id));
        String rotated = describe(us, id).currentKeyMaterialId();
        assertThat(describe(eu, id).currentKeyMaterialId()).isEqualTo(rotated);
        byte[] blob = us.encrypt(aws.root, EncryptRequest.of(id, secret)).ciphertextBlob();
        assertThat(eu.decrypt(aws.root, DecryptRequest.of(blob)).keyMaterialId()).isEqualTo(rotated);
        assertThatThrownBy(() -> eu.rotateKeyOnDemand(aws.root, RotateKeyOnDemandRequest.of(id)))
                .isInstanceOf(KmsUnsupportedOperationException.class);

        us.enableKeyRotation(aws.root, EnableKeyRotationRequest.of(id, 90));
        assertThat(eu.getKeyRotationStatus(aws.root,
                new org.kmslab.engine.api.GetKeyRotationStatusRequest(id)).keyRotationEnabled()).isTrue();
        aws.clock.advance(Duration.ofDays(91));
        us.runDueTasks();
        eu.runDueTasks();
        String automatic = describe(us, id).currentKeyMaterialId();
        assertThat(automatic).isNotEqualTo(rotated);
        assertThat(describe(eu, id).currentKeyMaterialId()).isEqualTo(automatic);
        assertThat(aws.eventsIn(EU)).contains("SynchronizeMultiRegionKey").doesNotContain("RotateKey");
        assertThat(aws.eventsIn(US)).contains("RotateKey");
    }

    @Test
    void deleting_a_primary_with_replicas_waits_in_pending_replica_deletion() {
        String id = primary(CreateKeyRequest.symmetric());
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        settle();
        var scheduled = us.scheduleKeyDeletion(aws.root, ScheduleKeyDeletionRequest.of(id, 7));
        assertThat(scheduled.keyState()).isEqualTo("PendingReplicaDeletion");
        assertThat(scheduled.deletionDate()).isNull();
        assertThatThrownBy(() -> us.encrypt(aws.root, EncryptRequest.of(id, secret)))
                .isInstanceOf(KMSInvalidStateException.class).hasMessage(arn(US, id) + " is pending deletion.");
        eu.encrypt(aws.root, EncryptRequest.of(id, secret));

        eu.scheduleKeyDeletion(aws.root, ScheduleKeyDeletionRequest.of(id, 7));
        aws.clock.advance(Duration.ofDays(8));
        eu.runDueTasks();
        assertThat(aws.eventsIn(EU)).contains("DeleteKey");
        KeyMetadata waiting = describe(us, id);
        assertThat(waiting.keyState()).isEqualTo("PendingDeletion");
        assertThat(waiting.deletionDate()).isEqualTo(Fixture.START.plus(Duration.ofSeconds(5))
                .plus(Duration.ofDays(14)));
        assertThat(waiting.multiRegionConfiguration().replicaKeys()).isEmpty();
    }

    @Test
    void asymmetric_and_hmac_multi_region_keys_share_their_material() {
        String signing = primary(CreateKeyRequest.of(KeySpec.ECC_NIST_P256, KeyUsage.SIGN_VERIFY));
        String mac = primary(CreateKeyRequest.of(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC));
        us.replicateKey(aws.root, ReplicateKeyRequest.of(signing, EU));
        us.replicateKey(aws.root, ReplicateKeyRequest.of(mac, EU));
        settle();
        byte[] signature = us.sign(aws.root, SignRequest.of(signing, secret, SigningAlgorithm.ECDSA_SHA_256))
                .signature();
        assertThat(eu.verify(aws.root, VerifyRequest.of(signing, secret, signature, SigningAlgorithm.ECDSA_SHA_256))
                .signatureValid()).isTrue();
        byte[] tag = us.generateMac(aws.root, GenerateMacRequest.of(mac, secret, MacAlgorithm.HMAC_SHA_256)).mac();
        assertThat(eu.verifyMac(aws.root, VerifyMacRequest.of(mac, secret, tag, MacAlgorithm.HMAC_SHA_256))
                .macValid()).isTrue();
        assertThat(describe(eu, signing).keySpec()).isEqualTo("ECC_NIST_P256");
    }

    @Test
    void an_imported_material_replica_waits_for_the_same_material() throws Exception {
        byte[] material = new byte[32];
        new SecureRandom().nextBytes(material);
        String id = primary(CreateKeyRequest.external());
        assertThatThrownBy(() -> us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU)))
                .isInstanceOf(KMSInvalidStateException.class).hasMessage(arn(US, id) + " is pending import.");
        importInto(us, id, material);
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        settle();
        assertThat(describe(eu, id).keyState()).isEqualTo("PendingImport");
        assertThat(describe(eu, id).origin()).isEqualTo("EXTERNAL");
        byte[] other = material.clone();
        other[0] ^= 1;
        assertThatThrownBy(() -> importInto(eu, id, other)).isInstanceOf(IncorrectKeyMaterialException.class);
        importInto(eu, id, material);
        byte[] blob = us.encrypt(aws.root, EncryptRequest.of(id, secret)).ciphertextBlob();
        assertThat(eu.decrypt(aws.root, DecryptRequest.of(blob)).plaintext()).isEqualTo(secret);
    }

    private void importInto(KmsEngine kms, String id, byte[] material) throws Exception {
        var params = kms.getParametersForImport(aws.root,
                GetParametersForImportRequest.of(id, AlgorithmSpec.RSAES_OAEP_SHA_256, WrappingKeySpec.RSA_2048));
        kms.importKeyMaterial(aws.root, ImportKeyMaterialRequest.of(id, params.importToken(),
                ImportTest.wrap(params, AlgorithmSpec.RSAES_OAEP_SHA_256, material)));
    }

    @Test
    void replicate_key_is_recorded_in_both_regions_with_the_kms_initiated_events() {
        String id = primary(CreateKeyRequest.symmetric());
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        settle();
        describe(eu, id);
        EngineEvent call = aws.events.stream().filter(e -> e.eventName().equals("ReplicateKey")).findFirst()
                .orElseThrow();
        assertThat(call.region()).isEqualTo(US);
        assertThat(call.eventType()).isEqualTo(EventType.AWS_API_CALL);
        assertThat(call.requestParameters()).containsEntry("replicaRegion", EU);
        EngineEvent created = aws.events.stream().filter(e -> e.region().equals(EU)).findFirst().orElseThrow();
        assertThat(created.eventName()).isEqualTo("CreateKey");
        assertThat(created.eventType()).isEqualTo(EventType.AWS_SERVICE_EVENT);
        assertThat(created.keyArn()).isEqualTo(arn(EU, id));
        assertThat(aws.eventsIn(EU)).containsSubsequence("CreateKey", "SynchronizeMultiRegionKey", "DescribeKey");
    }

    @Test
    void the_multi_region_set_survives_export_and_import() {
        String id = primary(CreateKeyRequest.symmetric());
        us.replicateKey(aws.root, ReplicateKeyRequest.of(id, EU));
        settle();
        us.scheduleKeyDeletion(aws.root, ScheduleKeyDeletionRequest.of(id, 10));
        StateWrappingKey root = StateWrappingKey.generate();
        KmsEngine restored = new KmsEngine(Fixture.ACCOUNT, US, aws.clock);
        restored.importState(us.exportState(root), root);
        KeyMetadata md = describe(restored, id);
        assertThat(md.keyState()).isEqualTo("PendingReplicaDeletion");
        assertThat(md.pendingDeletionWindowInDays()).isEqualTo(10);
        assertThat(md.multiRegionConfiguration()).isEqualTo(describe(us, id).multiRegionConfiguration());
    }
}
