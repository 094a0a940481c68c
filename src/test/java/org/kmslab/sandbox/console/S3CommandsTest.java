package org.kmslab.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;

class S3CommandsTest {

    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void an_sse_kms_upload_asks_kms_for_a_data_key_through_s3_with_the_object_arn_as_context() {
        String keyId = f.newKey();
        f.ok("aws kms create-alias --alias-name alias/app-data --target-key-id " + keyId);
        f.ok("aws s3 mb s3://kmslab-services-demo");
        String out = f.ok("aws s3 cp invoice.pdf s3://kmslab-services-demo/invoice.pdf --sse aws:kms "
                + "--sse-kms-key-id alias/app-data");

        assertThat(out).isEqualTo("upload: ./invoice.pdf to s3://kmslab-services-demo/invoice.pdf");
        EngineEvent gdk = f.last("GenerateDataKey");
        assertThat(gdk.failed()).isFalse();
        assertThat(gdk.caller().source()).isEqualTo(CallSource.SERVICE);
        assertThat(gdk.caller().viaService()).isEqualTo("s3.us-east-1.amazonaws.com");
        assertThat(gdk.caller().principalArn()).isEqualTo("arn:aws:iam::111122223333:role/Admin");
        assertThat(String.valueOf(gdk.requestParameters().get("encryptionContext")))
                .contains("arn:aws:s3:::kmslab-services-demo/invoice.pdf");
    }

    @Test
    void head_object_shows_the_kms_key_arn_and_a_download_round_trips_through_kms_decrypt() {
        String keyId = f.newKey();
        f.ok("aws s3 mb s3://bkt1");
        f.ok("aws s3 cp invoice.pdf s3://bkt1/invoice.pdf --sse aws:kms --sse-kms-key-id " + keyId);

        ConsoleResult head = f.run("aws s3api head-object --bucket bkt1 --key invoice.pdf");
        assertThat(head.result().get("ServerSideEncryption").asString()).isEqualTo("aws:kms");
        assertThat(head.result().get("SSEKMSKeyId").asString())
                .isEqualTo("arn:aws:kms:us-east-1:111122223333:key/" + keyId);
        assertThat(head.result().get("ContentLength").asLong()).isEqualTo(f.console.workspace().read("invoice.pdf").length);

        assertThat(f.ok("aws s3 cp s3://bkt1/invoice.pdf downloaded.pdf"))
                .isEqualTo("download: s3://bkt1/invoice.pdf to ./downloaded.pdf");
        assertThat(f.console.workspace().read("downloaded.pdf")).isEqualTo(f.console.workspace().read("invoice.pdf"));
        assertThat(f.last("Decrypt").failed()).isFalse();
        assertThat(f.last("Decrypt").caller().viaService()).isEqualTo("s3.us-east-1.amazonaws.com");
    }

    @Test
    void a_download_fails_as_s3_reports_it_while_the_key_is_disabled() {
        String keyId = f.newKey();
        f.ok("aws s3 mb s3://bkt1");
        f.ok("aws s3 cp notes.txt s3://bkt1/notes.txt --sse aws:kms --sse-kms-key-id " + keyId);
        f.ok("aws kms disable-key --key-id " + keyId);

        ConsoleResult r = f.run("aws s3 cp s3://bkt1/notes.txt back.txt");

        assertThat(r.errorType()).isEqualTo("KMS.DisabledException");
        assertThat(r.output()).startsWith("download failed: s3://bkt1/notes.txt to back.txt An error occurred "
                + "(KMS.DisabledException) when calling the GetObject operation: ");
        assertThat(f.console.workspace().exists("back.txt")).isFalse();
        assertThat(f.last("Decrypt").errorCode()).isEqualTo("DisabledException");
    }

    @Test
    void without_a_key_id_s3_uses_the_aws_managed_key_which_kms_creates_on_first_use() {
        f.ok("aws s3 mb s3://kmslab-key-types-demo");
        f.ok("aws s3 cp notes.txt s3://kmslab-key-types-demo/notes.txt --sse aws:kms");

        String manager = f.ok("aws kms describe-key --key-id alias/aws/s3 --query KeyMetadata.KeyManager --output text");
        assertThat(manager).isEqualTo("AWS");
        assertThat(f.ok("aws s3api head-object --bucket kmslab-key-types-demo --key notes.txt --query SSEKMSKeyId "
                + "--output text")).startsWith("arn:aws:kms:us-east-1:111122223333:key/");
        // Direct use of the AWS managed key is refused; only S3 may use it.
        assertThat(f.run("aws kms encrypt --key-id alias/aws/s3 --plaintext hello --cli-binary-format raw-in-base64-out").errorType())
                .isEqualTo("AccessDeniedException");
    }

    @Test
    void a_policy_that_allows_the_app_role_only_via_s3_lets_s3_decrypt_but_not_the_role_directly() {
        String keyId = f.newKey();
        f.ok("aws s3 mb s3://bkt1");
        f.ok("aws s3 cp invoice.pdf s3://bkt1/invoice.pdf --sse aws:kms --sse-kms-key-id " + keyId);
        String blob = f.ok("aws kms encrypt --key-id " + keyId + " --plaintext x --cli-binary-format raw-in-base64-out --query CiphertextBlob --output text");
        f.ok("aws kms put-key-policy --key-id " + keyId + " --policy-name default --policy '"
                + "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":"
                + "\"arn:aws:iam::111122223333:root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},{\"Effect\":\"Allow\","
                + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/App\"},\"Action\":[\"kms:Decrypt\","
                + "\"kms:GenerateDataKey\"],\"Resource\":\"*\",\"Condition\":{\"StringLike\":{\"kms:ViaService\":"
                + "\"s3.*.amazonaws.com\"}}}]}'");

        assertThat(f.run("aws kms decrypt --ciphertext-blob " + blob + " --profile app").errorType())
                .isEqualTo("AccessDeniedException");
        assertThat(f.run("aws s3 cp s3://bkt1/invoice.pdf app-copy.pdf --profile app").ok()).isTrue();
        assertThat(f.run("aws s3 cp s3://bkt1/invoice.pdf dev-copy.pdf --profile developer").errorType())
                .isEqualTo("AccessDenied");
    }

    @Test
    void plain_uploads_keep_user_metadata_with_base64_padding_and_make_no_kms_call() {
        f.ok("aws s3 mb s3://kmslab-envelope-demo");
        f.ok("aws s3 cp quarterly-sales.csv s3://kmslab-envelope-demo/quarterly-sales.csv.enc "
                + "--metadata encrypted-data-key=AQIDAHhabc+/xyz==");

        ConsoleResult head = f.run("aws s3api head-object --bucket kmslab-envelope-demo --key quarterly-sales.csv.enc");
        assertThat(head.result().get("Metadata").get("encrypted-data-key").asString()).isEqualTo("AQIDAHhabc+/xyz==");
        assertThat(head.result().get("ServerSideEncryption").asString()).isEqualTo("AES256");
        assertThat(f.ok("aws s3 ls")).endsWith(" kmslab-envelope-demo");
        assertThat(f.ok("aws s3 ls s3://kmslab-envelope-demo")).contains("quarterly-sales.csv.enc");
        assertThat(f.events).isEmpty();
    }

    @Test
    void s3_errors_print_like_the_aws_cli() {
        assertThat(f.run("aws s3 cp notes.txt s3://nope/notes.txt").output())
                .isEqualTo("upload failed: notes.txt to s3://nope/notes.txt An error occurred (NoSuchBucket) when "
                        + "calling the PutObject operation: The specified bucket does not exist");
        f.ok("aws s3 mb s3://bkt1");
        assertThat(f.run("aws s3 mb s3://bkt1").errorType()).isEqualTo("BucketAlreadyOwnedByYou");
        assertThat(f.run("aws s3api head-object --bucket bkt1 --key missing").output())
                .isEqualTo("An error occurred (404) when calling the HeadObject operation: Not Found");
        assertThat(f.run("aws s3 cp notes.txt s3://bkt1/n --sse-kms-key-id alias/x").errorType())
                .isEqualTo("InvalidArgument");
        assertThat(f.run("aws s3 cp notes.txt s3://bkt1/n --colour blue").output()).contains("Unknown options");
    }

    @Test
    void s3api_put_and_get_object_use_sse_kms_too() {
        String keyId = f.newKey();
        f.ok("aws s3api create-bucket --bucket bkt2");
        ConsoleResult put = f.run("aws s3api put-object --bucket bkt2 --key n.txt --body notes.txt "
                + "--server-side-encryption aws:kms --ssekms-key-id " + keyId);
        assertThat(put.result().get("SSEKMSKeyId").asString()).endsWith(keyId);
        f.ok("aws s3api get-object --bucket bkt2 --key n.txt copy.txt");
        assertThat(f.console.workspace().read("copy.txt")).isEqualTo(f.console.workspace().read("notes.txt"));
        assertThat(f.eventNames()).containsSubsequence("GenerateDataKey", "Decrypt");
        assertThat(Map.of("k", f.ok("aws s3api list-objects-v2 --bucket bkt2 --query KeyCount --output text")))
                .containsEntry("k", "1");
    }

    @Test
    void a_sandbox_reset_empties_the_buckets() {
        f.ok("aws s3 mb s3://bkt1");
        f.sandbox.reset();
        assertThat(f.ok("aws s3 ls")).isEmpty();
    }
}
