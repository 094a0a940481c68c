package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Lessons 7 to 12 as a learner takes them: the first goal, a "what goes wrong" step, and the last goal. */
class LessonJourneyInPracticeTest extends LessonJourney {

    @Test
    void lesson_7_envelope_encryption_drives_the_data_key_flow_and_discards_the_key() {
        open("envelope-encryption", "Envelope encryption, end to end");
        String key = lesson.createKey("--description 'Protects data keys for the reports bucket'");
        lesson.expectGoalMet();
        lesson.next();
        Locator generated = lesson.run("aws kms generate-data-key --key-id " + key + " --key-spec AES_256");
        String plaintextKey = LessonPage.read(generated, LessonPage.field("Plaintext"));
        String encryptedKey = LessonPage.read(generated, LessonPage.field("CiphertextBlob"));
        lesson.expectGoalMet();
        lesson.next();
        lesson.run("lab encrypt-file --in quarterly-sales.csv --out quarterly-sales.csv.enc --data-key " + plaintextKey);
        Locator flow = page.locator("kms-data-key-flow");
        assertThat(flow.locator(".live")).containsText("locally");
        lesson.next();
        lesson.run("lab discard-data-key");
        assertThat(page.getByRole(AriaRole.LOG)).not().containsText(plaintextKey);
        assertThat(page.getByRole(AriaRole.LOG)).containsText("[discarded]");
        lesson.next();
        String bucket = "s3://kmslab-envelope-" + suffix;
        lesson.run("aws s3 mb " + bucket);
        lesson.run("aws s3 cp quarterly-sales.csv.enc " + bucket + "/q.enc --metadata encrypted-data-key=" + encryptedKey);
        assertThat(flow.locator(".live")).containsText("encrypted data key");
        lesson.next();
        lesson.run("aws kms decrypt --ciphertext-blob " + encryptedKey);
        lesson.expectGoalMet();
        lesson.next();
        lesson.run("aws kms disable-key --key-id " + key);
        assertThat(lesson.run("aws kms decrypt --ciphertext-blob " + encryptedKey)).containsText("DisabledException");
        lesson.run("aws kms enable-key --key-id " + key);
        lesson.expectGoalMet();
        lesson.next();
        String key2 = lesson.createKey("--description 'New key for the reports bucket'");
        lesson.run("aws kms re-encrypt --ciphertext-blob " + encryptedKey + " --destination-key-id " + key2);
        lesson.expectGoalMet();
        finish("envelope-encryption");
    }

    @Test
    void lesson_8_key_types_with_the_cost_meter() {
        open("key-types", "Customer managed, AWS managed and AWS owned keys");
        lesson.run("aws kms list-aliases");
        lesson.expectGoalMet();
        lesson.next();
        lesson.createKey("--description 'Orders data, customer managed'");
        lesson.expectGoalMet();
        assertThat(page.getByRole(AriaRole.REGION, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Cost meter"))).containsText("per month");
        lesson.nextTo(5);
        String bucket = "s3://kmslab-key-types-" + suffix;
        lesson.run("aws s3 mb " + bucket);
        lesson.run("aws s3 cp notes.txt " + bucket + "/notes.txt --sse aws:kms");
        String awsKey = lesson.keyIdOf("aws kms describe-key --key-id alias/aws/s3");
        assertThat(lesson.run("aws kms encrypt --key-id alias/aws/s3 --plaintext hello --cli-binary-format raw-in-base64-out")).containsText("AccessDeniedException");
        assertThat(lesson.run("aws kms disable-key --key-id " + awsKey)).containsText("AccessDeniedException");
        lesson.expectGoalMet();
        lesson.nextTo(7);
        String spare = lesson.createKey("--description 'Spare key'");
        lesson.run("aws kms schedule-key-deletion --key-id " + spare + " --pending-window-in-days 7");
        lesson.expectGoalMet();
        assertThat(page.locator(".kmslab-cost-meter")).containsText("AWS KMS pricing");
        finish("key-types");
    }

    @Test
    void lesson_9_key_rotation() {
        open("key-rotation", "Key rotation");
        String key = lesson.createKey("--description 'Key for the rotation lesson'");
        lesson.run("aws kms encrypt --key-id " + key + " --plaintext 'written before rotation' --cli-binary-format raw-in-base64-out");
        lesson.expectGoalMet();
        lesson.next();
        lesson.run("aws kms enable-key-rotation --key-id " + key + " --rotation-period-in-days 90");
        lesson.run("aws kms get-key-rotation-status --key-id " + key);
        lesson.expectGoalMet();
        lesson.next();
        assertThat(lesson.run("aws kms enable-key-rotation --key-id " + key + " --rotation-period-in-days 30"))
                .containsText("ValidationException");
        lesson.expectGoalMet();
        lesson.next();
        lesson.button("Fast-forward 1 year").click();
        lesson.run("aws kms list-key-rotations --key-id " + key);
        lesson.expectGoalMet();
        assertThat(page.locator(".kmslab-audit-panel")).containsText("RotateKey");
        lesson.nextTo(8);
        String signer = lesson.createKey("--key-spec ECC_NIST_P256 --key-usage SIGN_VERIFY --description 'Signing key'");
        assertThat(lesson.run("aws kms enable-key-rotation --key-id " + signer)).containsText("UnsupportedOperationException");
        lesson.expectGoalMet();
        finish("key-rotation");
    }

    @Test
    void lesson_10_imported_key_material() {
        open("imported-key-material", "Imported key material (bring your own key)");
        String key = lesson.createKey("--origin EXTERNAL --description 'Payments key'");
        lesson.expectGoalMet();
        lesson.next();
        assertThat(lesson.run("aws kms encrypt --key-id " + key + " --plaintext 'too early' --cli-binary-format raw-in-base64-out"))
                .containsText("KMSInvalidStateException");
        lesson.expectGoalMet();
        lesson.nextTo(5);
        String params = "aws kms get-parameters-for-import --key-id " + key
                + " --wrapping-algorithm RSAES_OAEP_SHA_256 --wrapping-key-spec RSA_2048";
        String publicKey = lesson.runAndRead(params, LessonPage.field("PublicKey"));
        lesson.run("lab generate-key-material --out material.bin");
        lesson.run("lab wrap-key-material --in material.bin --public-key " + publicKey
                + " --wrapping-algorithm RSAES_OAEP_SHA_256 --out wrapped.bin");
        String token2 = lesson.runAndRead(params, LessonPage.field("ImportToken"));
        assertThat(lesson.run("aws kms import-key-material --key-id " + key + " --import-token " + token2
                + " --encrypted-key-material fileb://wrapped.bin --expiration-model KEY_MATERIAL_DOES_NOT_EXPIRE"))
                .containsText("InvalidCiphertextException");
        lesson.expectGoalMet();
        lesson.nextTo(10);
        lesson.run("aws kms delete-imported-key-material --key-id " + key);
        lesson.expectGoalMet();
        finish("imported-key-material");
    }

    @Test
    void lesson_11_service_integrations() {
        open("service-integrations", "How AWS services use your keys");
        String key = lesson.createKey("--description 'Application data'");
        // The goal names this alias; a key of an earlier run may hold it, so free it first (an error is fine).
        String alias = "alias/app-data";
        lesson.run("aws kms delete-alias --alias-name " + alias);
        lesson.run("aws kms create-alias --alias-name " + alias + " --target-key-id " + key);
        lesson.expectGoalMet();
        lesson.next();
        String bucket = "s3://kmslab-services-" + suffix;
        lesson.run("aws s3 mb " + bucket);
        lesson.run("aws s3 cp invoice.pdf " + bucket + "/invoice.pdf --sse aws:kms --sse-kms-key-id " + alias);
        lesson.run("aws s3 cp " + bucket + "/invoice.pdf downloaded.pdf");
        lesson.expectGoalMet();
        lesson.nextTo(6);
        lesson.run("aws kms disable-key --key-id " + key);
        assertThat(lesson.run("aws s3 cp " + bucket + "/invoice.pdf again.pdf")).containsText("DisabledException");
        lesson.expectGoalMet();
        lesson.next();
        lesson.run("aws kms enable-key --key-id " + key);
        lesson.expectGoalMet();
        lesson.next();
        lesson.run("aws kms schedule-key-deletion --key-id " + key + " --pending-window-in-days 30");
        assertThat(lesson.run("aws s3 cp " + bucket + "/invoice.pdf late.pdf")).containsText("KMSInvalidStateException");
        lesson.run("aws kms cancel-key-deletion --key-id " + key);
        lesson.expectGoalMet();
        finish("service-integrations");
    }

    @Test
    void lesson_12_audit_and_monitoring() {
        open("audit-and-monitoring", "Audit and monitoring");
        String key = lesson.createKey("--description 'Payroll records'");
        String alias = "alias/payroll";
        lesson.run("aws kms delete-alias --alias-name " + alias);
        lesson.run("aws kms create-alias --alias-name " + alias + " --target-key-id " + key);
        lesson.expectGoalMet();
        assertThat(page.locator(".kmslab-audit-panel")).containsText("CreateAlias");
        lesson.nextTo(7);
        String scratch = lesson.createKey("--description 'Scratch key'");
        lesson.run("aws kms schedule-key-deletion --key-id " + scratch + " --pending-window-in-days 7");
        lesson.button("Fast-forward 30 days").click();
        assertThat(lesson.run("aws kms describe-key --key-id " + scratch)).containsText("NotFoundException");
        lesson.expectGoalMet();
        lesson.nextTo(9);
        assertThat(lesson.position()).containsText("What goes wrong");
        lesson.run("aws kms generate-data-key --key-id " + alias + " --key-spec AES_256 --encryption-context batch=2026-11");
        lesson.expectGoalMet();
        lesson.nextTo(10);
        finish("audit-and-monitoring");
    }

    @Test
    void two_lessons_work_at_200_percent_zoom() {
        try (var zoomed = page.context().browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(640, 360).setDeviceScaleFactor(2))) {
            var p = zoomed.newPage();
            LessonPage small = new LessonPage(p);
            for (String[] l : new String[][] {{"key-states", "Key states and the key lifecycle"},
                    {"envelope-encryption", "Envelope encryption, end to end"}}) {
                small.open(url("/lessons/" + l[0]), l[1]);
                String key = small.createKey("--description 'zoomed'");
                if (l[0].equals("key-states")) {
                    small.run("aws kms encrypt --key-id " + key + " --plaintext zoomed --cli-binary-format raw-in-base64-out");
                }
                small.expectGoalMet();
                small.button("Next").scrollIntoViewIfNeeded();
                small.next();
                assertThat(small.position()).containsText("Step 2 of");
                p.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
                        .setPath(Path.of("target/screenshots", "lesson-" + l[0] + "-zoom200.png")));
                org.assertj.core.api.Assertions.assertThat(small.seriousViolations()).isEmpty();
            }
        }
    }
}
