package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The multi-Region keys lesson as a learner takes it: two Regions on the region map, and calls in each. */
class LessonJourneyMultiRegionTest extends LessonJourney {

    private static final Pattern MRK = Pattern.compile("\"KeyId\"\\s*:\\s*\"(mrk-[0-9a-f]{32})\"");

    @Test
    void multi_region_keys_encrypt_in_one_region_and_decrypt_in_the_other() {
        open("multi-region-keys", "Multi-Region keys");
        String key = lesson.runAndRead("aws kms create-key --multi-region --description 'Orders key'", MRK);
        lesson.expectGoalMet();
        Locator map = page.locator("kms-region-map");
        assertThat(map.locator("tbody")).containsText("us-east-1");
        assertThat(map.locator("tbody")).containsText("PRIMARY");
        lesson.next();
        lesson.run("aws kms replicate-key --key-id " + key + " --replica-region eu-west-1 --description 'Orders, Europe'");
        lesson.expectGoalMet();
        assertThat(map.locator("tbody")).containsText("eu-west-1");
        assertThat(map.locator("tbody")).containsText("Creating");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "lesson-multi-region-keys-replicate.png")));
        lesson.button("Fast-forward 1 day").click();
        lesson.next();
        lesson.run("printf 'order 1042: 3 lamps' > order.txt");
        String blob = lesson.runAndRead("aws kms encrypt --key-id " + key
                + " --plaintext fileb://order.txt --encryption-context table=orders", LessonPage.field("CiphertextBlob"));
        page.getByLabel("Region", new Page.GetByLabelOptions().setExact(true)).click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("eu-west-1")).click();
        Locator decrypted = lesson.run("aws kms decrypt --ciphertext-blob " + blob + " --encryption-context table=orders");
        assertThat(decrypted).containsText("--region eu-west-1");
        assertThat(decrypted).containsText("arn:aws:kms:eu-west-1:");
        lesson.expectGoalMet();
        assertThat(map.locator(".live")).containsText("eu-west-1 holds the replica (Enabled)");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", "lesson-multi-region-keys-decrypt.png")));
        lesson.next();
        lesson.run("aws kms disable-key --key-id " + key);
        assertThat(lesson.run("aws kms encrypt --key-id " + key + " --plaintext fileb://order.txt"))
                .containsText("DisabledException");
        lesson.expectGoalMet();
        lesson.run("aws kms enable-key --key-id " + key);
        lesson.nextTo(7);
        lesson.run("aws kms update-primary-region --key-id " + key + " --primary-region eu-west-1 --region us-east-1");
        lesson.expectGoalMet();
        assertThat(map.locator("tbody")).containsText("Updating");
        lesson.button("Fast-forward 1 day").click();
        lesson.next();
        Locator scheduled = lesson.run("aws kms schedule-key-deletion --key-id " + key + " --pending-window-in-days 7");
        assertThat(scheduled).containsText("PendingReplicaDeletion");
        lesson.expectGoalMet();
        lesson.run("aws kms cancel-key-deletion --key-id " + key);
        lesson.next();
        finish("multi-region-keys");
    }
}
