package org.kmslab.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.services.SimulatedRds;

class RdsCommandsTest {

    private static final String CREATE = "aws rds create-db-instance --db-instance-identifier kmslab-db "
            + "--engine postgres --db-instance-class db.t3.micro --allocated-storage 20 --master-username dbadmin "
            + "--master-user-password example-only-pw --storage-encrypted --kms-key-id ";
    private static final String STATUS = "aws rds describe-db-instances --db-instance-identifier kmslab-db "
            + "--query DBInstances[0].DBInstanceStatus --output text";

    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void creating_an_encrypted_database_describes_the_key_grants_rds_and_generates_a_data_key() {
        String keyId = f.newKey();
        ConsoleResult r = f.run(CREATE + keyId);

        assertThat(r.ok()).as(r.output()).isTrue();
        assertThat(r.result().at("/DBInstance/StorageEncrypted").asBoolean()).isTrue();
        assertThat(r.result().at("/DBInstance/KmsKeyId").asString()).endsWith(keyId);
        assertThat(r.output()).doesNotContain("example-only-pw");
        assertThat(f.eventNames()).containsSubsequence("DescribeKey", "CreateGrant", "GenerateDataKeyWithoutPlaintext");
        assertThat(f.last("CreateGrant").caller().viaService()).isEqualTo("rds.us-east-1.amazonaws.com");
        assertThat(f.ok(STATUS)).isEqualTo("available");
    }

    @Test
    void a_reboot_with_the_key_disabled_leaves_the_database_recoverably_inaccessible_until_started_again() {
        String keyId = f.newKey();
        f.ok(CREATE + keyId);
        f.ok("aws kms disable-key --key-id " + keyId);

        assertThat(f.run("aws rds reboot-db-instance --db-instance-identifier kmslab-db").ok()).isTrue();
        assertThat(f.last("Decrypt").errorCode()).isEqualTo("DisabledException");
        assertThat(f.ok(STATUS)).isEqualTo(SimulatedRds.RECOVERABLE);

        ConsoleResult early = f.run("aws rds start-db-instance --db-instance-identifier kmslab-db");
        assertThat(early.errorType()).isEqualTo("KMSKeyNotAccessibleFault");

        f.ok("aws kms enable-key --key-id " + keyId);
        f.ok("aws rds start-db-instance --db-instance-identifier kmslab-db");
        assertThat(f.last("Decrypt").failed()).isFalse();
        assertThat(f.ok(STATUS)).isEqualTo("available");
    }

    @Test
    void after_seven_days_the_inaccessible_state_becomes_terminal() {
        String keyId = f.newKey();
        f.ok(CREATE + keyId);
        f.ok("aws kms disable-key --key-id " + keyId);
        f.ok("aws rds reboot-db-instance --db-instance-identifier kmslab-db");

        f.sandbox.clock().advance(Duration.ofDays(7));

        assertThat(f.ok(STATUS)).isEqualTo(SimulatedRds.INACCESSIBLE);
        f.ok("aws kms enable-key --key-id " + keyId);
        assertThat(f.run("aws rds start-db-instance --db-instance-identifier kmslab-db").errorType())
                .isEqualTo("InvalidDBInstanceState");
    }

    @Test
    void rds_errors_print_like_the_aws_cli() {
        assertThat(f.run("aws rds reboot-db-instance --db-instance-identifier nope").output())
                .isEqualTo("An error occurred (DBInstanceNotFound) when calling the RebootDBInstance operation: "
                        + "DBInstance nope not found.");
        assertThat(f.run(CREATE + "alias/nothing").errorType()).isEqualTo("KMSKeyNotAccessibleFault");
    }
}
