package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Lessons 1 to 6 as a learner takes them: the first goal, a "what goes wrong" step, and the last goal. */
class LessonJourneyFoundationsTest extends LessonJourney {

    /** The lesson's policy in this browser's sandbox account: the lesson names that account, not 111122223333. */
    private static String policyWithDeny(String account) {
        return "'{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Sid\":\"Enable IAM User Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
                + "{\"Sid\":\"Allow developers to use the key\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":role/Developer\"},\"Action\":[\"kms:Encrypt\",\"kms:Decrypt\",\"kms:DescribeKey\"],\"Resource\":\"*\"},"
                + "{\"Sid\":\"Developers may not decrypt\",\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":role/Developer\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}]}'";
    }

    @Test
    void lesson_1_plaintext_vs_ciphertext_from_the_home_page_with_progress_resumed() {
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start the course: Plaintext versus ciphertext"))
                .click();
        lesson.nextTo(2);
        lesson.button("Create KMS key").click();
        lesson.expectGoalMet();
        lesson.next();
        page.getByLabel("Plaintext").fill("Meet me at noon.");
        lesson.button("Encrypt").click();
        lesson.expectGoalMet();
        lesson.nextTo(6);
        assertThat(lesson.position()).containsText("What goes wrong");
        page.getByLabel("Byte position to flip").fill("40");
        lesson.button("Flip byte").click();
        lesson.button("Decrypt").click();
        lesson.expectGoalMet();
        lesson.nextTo(7);
        expectLastStepLeadsOn();
        finish("plaintext-vs-ciphertext");

        page.navigate(url("/"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Resume: Plaintext versus ciphertext, step 7"))).isVisible();
        assertThat(page.locator(".kmslab-course")).containsText("6 of 7 done, at step 7");
        screenshot("home-with-progress");
        page.navigate(url("/lessons/plaintext-vs-ciphertext"));
        assertThat(lesson.position()).containsText("Step 7 of 7");
    }

    @Test
    void lesson_2_kms_keys_and_metadata() {
        open("kms-keys-and-metadata", "KMS keys and their metadata");
        String key = lesson.createKey("--description 'Protects order records'");
        lesson.expectGoalMet();
        assertThat(page.locator("kms-key-card")).containsText(key);
        lesson.nextTo(6);
        String alias = "alias/orders-" + suffix;
        lesson.run("aws kms create-alias --alias-name " + alias + " --target-key-id " + key);
        lesson.run("aws kms encrypt --key-id " + alias + " --plaintext 'order 1001' --cli-binary-format raw-in-base64-out");
        lesson.expectGoalMet();
        lesson.next();
        String key2 = lesson.createKey("--description 'second generation'");
        assertThat(lesson.run("aws kms create-alias --alias-name " + alias + " --target-key-id " + key2))
                .containsText("AlreadyExistsException");
        lesson.run("aws kms update-alias --alias-name " + alias + " --target-key-id " + key2);
        lesson.expectGoalMet();
        lesson.next();
        lesson.run("aws kms tag-resource --key-id " + key2 + " --tags TagKey=team,TagValue=shop");
        lesson.run("aws kms list-resource-tags --key-id " + key2);
        lesson.expectGoalMet();
        expectLastStepLeadsOn();
        finish("kms-keys-and-metadata");
    }

    @Test
    void lesson_3_key_states_with_undo() {
        open("key-states", "Key states and the key lifecycle");
        String key = lesson.createKey("--description 'state machine'");
        lesson.run("aws kms encrypt --key-id " + key + " --plaintext 'state test' --cli-binary-format raw-in-base64-out");
        lesson.expectGoalMet();
        lesson.next();
        lesson.run("aws kms disable-key --key-id " + key);
        lesson.expectGoalMet();
        Locator now = page.locator("kms-key-state-machine .now");
        assertThat(now).hasText("Current state: Disabled.");
        lesson.button("Undo last command").click();
        assertThat(page.getByRole(AriaRole.LOG).locator("pre").first()).containsText("Undone: aws kms disable-key");
        assertThat(now).hasText("Current state: Enabled.");
        lesson.nextTo(5);
        assertThat(lesson.run("aws kms schedule-key-deletion --key-id " + key + " --pending-window-in-days 1"))
                .containsText("ValidationException");
        lesson.expectGoalMet();
        lesson.nextTo(8);
        String temp = lesson.createKey("--description 'Throwaway key'");
        lesson.run("aws kms schedule-key-deletion --key-id " + temp + " --pending-window-in-days 7");
        lesson.button("Fast-forward 30 days").click();
        // The caption follows the calls past the end of the key: the deletion, then a call refused at Deleted.
        Locator caption = page.locator("kms-key-state-machine .live");
        assertThat(caption).containsText("The waiting period ended: KMS deleted key " + temp);
        assertThat(caption).containsText("The key went from PendingDeletion to Deleted.");
        assertThat(now).hasText("Current state: Deleted.");
        assertThat(lesson.run("aws kms describe-key --key-id " + temp)).containsText("NotFoundException");
        assertThat(caption).containsText("DescribeKey");
        assertThat(caption).not().containsText("waiting period ended");
        assertThat(page.locator("kms-key-state-machine svg text.mark")).hasText("✗ DescribeKey refused");
        lesson.expectGoalMet();
        finish("key-states");
    }

    @Test
    void lesson_4_key_policies_and_grants() {
        open("key-policies-and-grants", "Key policies and grants");
        String account = sandboxOf(page.context()).accountId();
        String key = lesson.createKey("--description 'Shared key for the policy lesson'");
        lesson.expectGoalMet();
        lesson.nextTo(3);
        assertThat(lesson.run("aws kms encrypt --key-id " + key + " --plaintext 'build 42' --cli-binary-format raw-in-base64-out --profile developer"))
                .containsText("AccessDeniedException");
        lesson.expectGoalMet();
        assertThat(page.locator("kms-policy-trace")).isVisible();
        lesson.nextTo(5);
        lesson.run("aws kms put-key-policy --key-id " + key + " --policy-name default --policy " + policyWithDeny(account));
        String blob = lesson.runAndRead("aws kms encrypt --key-id " + key + " --plaintext 'build 42' --cli-binary-format raw-in-base64-out --profile developer",
                LessonPage.field("CiphertextBlob"));
        assertThat(lesson.run("aws kms decrypt --ciphertext-blob " + blob + " --profile developer"))
                .containsText("AccessDeniedException");
        lesson.expectGoalMet();
        lesson.nextTo(8);
        String grant = lesson.runAndRead("aws kms create-grant --key-id " + key
                + " --grantee-principal arn:aws:iam::" + account + ":role/App --operations Decrypt",
                LessonPage.field("GrantId"));
        lesson.run("aws kms list-grants --key-id " + key);
        lesson.run("aws kms revoke-grant --key-id " + key + " --grant-id " + grant);
        lesson.expectGoalMet();
        finish("key-policies-and-grants");
    }

    @Test
    void lesson_5_symmetric_vs_asymmetric() {
        open("symmetric-vs-asymmetric", "Symmetric, asymmetric and HMAC keys");
        lesson.nextTo(2);
        lesson.createKey("--key-spec RSA_2048 --key-usage ENCRYPT_DECRYPT --description 'Partner upload key'");
        lesson.expectGoalMet();
        lesson.nextTo(5);
        String signer = lesson.createKey("--key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY --description 'Release signing'");
        lesson.run("printf 'release 1.4.2 approved' > release.txt");
        assertThat(lesson.run("aws kms sign --key-id " + signer + " --message fileb://release.txt --message-type RAW "
                + "--signing-algorithm ECDSA_SHA_256 --query Signature --output text | base64 --decode > release.sig"))
                .containsText("bytes written to release.sig");
        lesson.expectGoalMet();
        // A signature is drawn as one, not as ciphertext.
        Locator flow = page.locator("kms-crypto-flow");
        assertThat(flow.locator("svg .node text")).hasText(new String[] {"Message", "KMS key", "Signature"});
        lesson.nextTo(7);
        // CLI v2: a blob argument is Base64 or fileb://; the signature travels as the file the sign step wrote.
        lesson.run("printf 'release 1.4.3 approved' > forged.txt");
        assertThat(lesson.run("aws kms verify --key-id " + signer + " --message fileb://forged.txt --message-type RAW "
                + "--signing-algorithm ECDSA_SHA_256 --signature fileb://release.sig")).containsText("KMSInvalidSignatureException");
        lesson.expectGoalMet();
        lesson.nextTo(9);
        String hmac = lesson.createKey("--key-spec HMAC_256 --key-usage GENERATE_VERIFY_MAC --description 'Session tokens'");
        lesson.run("printf 'user=42;role=reader' > token.txt");
        lesson.run("aws kms generate-mac --key-id " + hmac + " --message fileb://token.txt --mac-algorithm HMAC_SHA_256 "
                + "--query Mac --output text | base64 --decode > token.mac");
        assertThat(lesson.run("aws kms verify-mac --key-id " + hmac + " --message fileb://token.txt --mac-algorithm HMAC_SHA_256 "
                + "--mac fileb://token.mac")).containsText("\"MacValid\" : true");
        lesson.expectGoalMet();
        lesson.nextTo(10);
        String pq = lesson.createKey("--key-spec ML_DSA_65 --key-usage SIGN_VERIFY --description 'Post-quantum release key'");
        assertThat(lesson.run("aws kms sign --key-id " + pq + " --message fileb://release.txt --message-type RAW "
                + "--signing-algorithm ML_DSA_SHAKE_256")).containsText("ML_DSA_SHAKE_256");
        lesson.expectGoalMet();
        lesson.nextTo(11);
        // The names first: LessonPage.run tells outputs apart by a command's first 60 characters.
        String alice = lesson.createKey("--description Alice --key-spec ECC_NIST_P256 --key-usage KEY_AGREEMENT");
        String bob = lesson.createKey("--description Bob --key-spec ECC_NIST_P256 --key-usage KEY_AGREEMENT");
        lesson.run("aws kms get-public-key --key-id " + bob + " --query PublicKey --output text | base64 --decode > bob.der");
        assertThat(lesson.run("aws kms derive-shared-secret --key-id " + alice + " --key-agreement-algorithm ECDH "
                + "--public-key fileb://bob.der")).containsText("SharedSecret");
        lesson.expectGoalMet();
        lesson.nextTo(12);
        expectLastStepLeadsOn();
        finish("symmetric-vs-asymmetric");
    }

    @Test
    void lesson_6_data_keys() {
        open("data-keys", "Data keys");
        String key = lesson.createKey("--description 'Key for the data keys lesson'");
        lesson.run("aws kms encrypt --key-id " + key + " --plaintext fileb://4096-bytes.txt");
        lesson.expectGoalMet();
        lesson.next();
        assertThat(lesson.run("aws kms encrypt --key-id " + key + " --plaintext fileb://4097-bytes.txt"))
                .containsText("ValidationException");
        lesson.expectGoalMet();
        lesson.nextTo(8);
        String bound = lesson.runAndRead("aws kms generate-data-key --key-id " + key
                + " --key-spec AES_256 --encryption-context file=q3-report.csv", LessonPage.field("CiphertextBlob"));
        assertThat(lesson.run("aws kms decrypt --ciphertext-blob " + bound + " --encryption-context file=q4-report.csv"))
                .containsText("InvalidCiphertextException");
        lesson.expectGoalMet();
        assertThat(page.locator("kms-data-key-flow")).isVisible();
        finish("data-keys");
    }
}
