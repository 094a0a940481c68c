package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.CancelKeyDeletionRequest;
import org.kmslab.engine.api.GenerateMacRequest;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.MacAlgorithm;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.VerifyMacRequest;

/**
 * Which responses carry the key ARN and which the bare key id, as AWS answers them. Sources: the AWS CLI's recorded
 * examples ({@code awscli/examples/kms/*.rst}: rotate-key-on-demand shows the key id; generate-mac, verify-mac,
 * schedule-key-deletion and cancel-key-deletion show the key ARN) and botocore's {@code examples-1.json}.
 */
class ResponseKeyIdTest {

    private final Fixture f = new Fixture();

    @Test
    void rotate_key_on_demand_answers_the_key_id() {
        String key = f.symmetricKey();
        f.kms.enableKeyRotation(f.root, org.kmslab.engine.api.EnableKeyRotationRequest.of(key));
        assertThat(f.kms.rotateKeyOnDemand(f.root, RotateKeyOnDemandRequest.of(f.arn(key))).keyId()).isEqualTo(key);
    }

    @Test
    void mac_operations_and_deletion_scheduling_answer_the_key_arn() {
        String hmac = f.key(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC);
        byte[] msg = {1, 2, 3};
        var mac = f.kms.generateMac(f.root, GenerateMacRequest.of(hmac, msg, MacAlgorithm.HMAC_SHA_256));
        assertThat(mac.keyId()).isEqualTo(f.arn(hmac));
        assertThat(f.kms.verifyMac(f.root, VerifyMacRequest.of(hmac, msg, mac.mac(), MacAlgorithm.HMAC_SHA_256))
                .keyId()).isEqualTo(f.arn(hmac));
        assertThat(f.kms.scheduleKeyDeletion(f.root, ScheduleKeyDeletionRequest.of(hmac)).keyId())
                .isEqualTo(f.arn(hmac));
        assertThat(f.kms.cancelKeyDeletion(f.root, CancelKeyDeletionRequest.of(hmac)).keyId())
                .isEqualTo(f.arn(hmac));
    }
}
