package org.kmslab.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;

class Ec2CommandsTest {

    private final ConsoleFixture f = new ConsoleFixture();

    private String volume(String keyId) {
        return f.ok("aws ec2 create-volume --size 8 --availability-zone us-east-1a --encrypted --kms-key-id " + keyId
                + " --query VolumeId --output text");
    }

    @Test
    void an_encrypted_volume_gets_a_data_key_without_plaintext_through_ec2() {
        String keyId = f.newKey();
        ConsoleResult r = f.run("aws ec2 create-volume --size 8 --availability-zone us-east-1a --encrypted "
                + "--kms-key-id " + keyId);

        assertThat(r.result().get("Encrypted").asBoolean()).isTrue();
        assertThat(r.result().get("KmsKeyId").asString()).endsWith(keyId);
        assertThat(r.result().get("VolumeId").asString()).startsWith("vol-");
        var gdk = f.last("GenerateDataKeyWithoutPlaintext");
        assertThat(gdk.caller().viaService()).isEqualTo("ec2.us-east-1.amazonaws.com");
        assertThat(String.valueOf(gdk.requestParameters().get("encryptionContext")))
                .contains(r.result().get("VolumeId").asString());
    }

    @Test
    void attaching_grants_ec2_decrypt_and_ec2_decrypts_the_data_key_with_that_grant() {
        String keyId = f.newKey();
        String vol = volume(keyId);

        ConsoleResult attach = f.run("aws ec2 attach-volume --volume-id " + vol
                + " --instance-id i-0kmslab000000001 --device /dev/sdf");

        assertThat(attach.result().get("State").asString()).isEqualTo("attaching");
        assertThat(f.eventNames()).containsSubsequence("GenerateDataKeyWithoutPlaintext", "CreateGrant", "Decrypt");
        var decrypt = f.last("Decrypt");
        assertThat(decrypt.failed()).isFalse();
        assertThat(decrypt.caller().principalArn()).isEqualTo("ec2.us-east-1.amazonaws.com");
        assertThat(decrypt.caller().source()).isEqualTo(CallSource.SERVICE);
        assertThat(f.ok("aws kms list-grants --key-id " + keyId + " --query Grants[0].GranteePrincipal --output text"))
                .isEqualTo("ec2.us-east-1.amazonaws.com");
        assertThat(f.ok("aws ec2 describe-volumes --volume-ids " + vol + " --query Volumes[0].State --output text"))
                .isEqualTo("in-use");
    }

    @Test
    void an_attached_volume_keeps_working_after_the_key_is_disabled_until_it_is_detached() {
        String keyId = f.newKey();
        String vol = volume(keyId);
        f.ok("aws ec2 attach-volume --volume-id " + vol + " --instance-id i-0kmslab000000001 --device /dev/sdf");
        f.ok("aws kms disable-key --key-id " + keyId);

        assertThat(f.ok("aws ec2 describe-volumes --query Volumes[0].State --output text")).isEqualTo("in-use");
        assertThat(f.services.ebs().hasKeyInMemory(vol)).isTrue();

        f.ok("aws ec2 detach-volume --volume-id " + vol);
        assertThat(f.services.ebs().hasKeyInMemory(vol)).isFalse();
        ConsoleResult again = f.run("aws ec2 attach-volume --volume-id " + vol
                + " --instance-id i-0kmslab000000001 --device /dev/sdf");
        assertThat(again.ok()).isFalse();
        assertThat(again.errorType()).isEqualTo("InvalidKMSKey.InvalidState");
        assertThat(f.last("Decrypt").errorCode()).isEqualTo("DisabledException");
        assertThat(f.ok("aws ec2 describe-volumes --query Volumes[0].State --output text")).isEqualTo("available");
    }

    @Test
    void deleting_a_volume_retires_the_grant_ec2_made_for_it() {
        String keyId = f.newKey();
        String vol = volume(keyId);
        f.ok("aws ec2 attach-volume --volume-id " + vol + " --instance-id i-0kmslab000000001 --device /dev/sdf");
        f.ok("aws ec2 detach-volume --volume-id " + vol);
        f.ok("aws ec2 attach-volume --volume-id " + vol + " --instance-id i-0kmslab000000001 --device /dev/sdf");
        assertThat(f.eventNames().stream().filter("CreateGrant"::equals)).hasSize(1);
        f.ok("aws ec2 detach-volume --volume-id " + vol);

        f.ok("aws ec2 delete-volume --volume-id " + vol);

        assertThat(f.last("RetireGrant").failed()).isFalse();
        assertThat(f.ok("aws kms list-grants --key-id " + keyId + " --query Grants --output json")).isEqualTo("[ ]");
    }

    @Test
    void without_a_key_id_ebs_uses_the_aws_managed_key() {
        f.ok("aws ec2 create-volume --size 8 --availability-zone us-east-1a --encrypted");
        assertThat(f.ok("aws kms describe-key --key-id alias/aws/ebs --query KeyMetadata.KeyManager --output text"))
                .isEqualTo("AWS");
    }

    @Test
    void unencrypted_volumes_make_no_kms_call_and_ec2_errors_print_like_the_aws_cli() {
        f.ok("aws ec2 create-volume --size 8 --availability-zone us-east-1a");
        assertThat(f.events).isEmpty();
        assertThat(f.run("aws ec2 detach-volume --volume-id vol-nothere").output())
                .isEqualTo("An error occurred (InvalidVolume.NotFound) when calling the DetachVolume operation: "
                        + "The volume 'vol-nothere' does not exist.");
        assertThat(f.run("aws ec2 create-volume --size 8 --availability-zone eu-west-1a").errorType())
                .isEqualTo("InvalidParameterValue");
    }
}
