package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.Credentials;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/** A call made with the AWS SDK, as from a terminal, appears in the learner's open browser tab. */
class WireCallsReachTheBrowserTest extends BrowserTest {

    static {
        // The machine is shared; a first Vaadin page load can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    /** A terminal signing with this browser's Admin credentials, as the connect page hands them out. */
    private KmsClient sdk() {
        Credentials admin = sandboxOf(page.context()).principal("admin").orElseThrow().credentials();
        return sdk(admin.accessKeyId(), admin.secretAccessKey());
    }

    private KmsClient sdk(String accessKeyId, String secretAccessKey) {
        return KmsClient.builder()
                .endpointOverride(URI.create(url("")))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(accessKeyId, secretAccessKey)))
                .build();
    }

    private Locator lastCalls() {
        return page.getByRole(AriaRole.LOG, new Page.GetByRoleOptions().setName("Last calls"));
    }

    @Test
    void a_cli_style_call_appears_in_the_last_calls_list_of_the_connect_page() {
        page.navigate(url("/connect"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Use the AWS CLI and SDKs")))
                .isVisible();
        assertThat(page.getByLabel("AWS CLI as Admin", new Page.GetByLabelOptions().setExact(true)))
                .containsText("export AWS_ACCESS_KEY_ID=AKIA");
        assertThat(page.getByLabel("AWS CLI as Admin", new Page.GetByLabelOptions().setExact(true)))
                .containsText("aws kms create-key --endpoint-url " + url(""));

        // The learner copies this browser's credentials from the aws configure snippet.
        page.getByLabel("Show secret access keys").check();
        Locator configure = page.getByLabel("aws configure --profile", new Page.GetByLabelOptions().setExact(true));
        assertThat(configure).containsText("aws configure set endpoint_url " + url("") + " --profile admin");
        String keyId = LessonPage.read(configure, Pattern.compile("aws_access_key_id (AKIA[A-Z2-7]{16}) --profile admin"));
        String secret = LessonPage.read(configure,
                Pattern.compile("aws_secret_access_key (\\S{40}) --profile admin"));
        assertThat(configure).not().containsText("*****");

        try (KmsClient kms = sdk(keyId, secret)) {
            kms.createKey(r -> r.description("from the terminal"));
        }
        assertThat(lastCalls().getByRole(AriaRole.LISTITEM).first())
                .containsText("CreateKey by role/Admin via the AWS SDK for Java in us-east-1 · succeeded");
        screenshot("connect-last-calls");
    }

    @Test
    void a_cli_style_call_animates_in_an_open_lesson() {
        page.navigate(url("/lessons/plaintext-vs-ciphertext"));
        assertThat(page.locator("kms-crypto-flow")).isAttached();
        try (KmsClient kms = sdk()) {
            kms.createKey(r -> r.description("from the terminal, seen in a lesson"));
        }
        assertThat(page.locator("kms-crypto-flow figcaption")).containsText("CreateKey made a new KMS key");
    }

    @Test
    void reset_asks_first_then_empties_the_sandbox_and_says_so() {
        page.navigate(url("/connect"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset sandbox")).click();
        Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
        assertThat(dialog).containsText("Reset the sandbox?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset").setExact(true)).click();
        assertThat(lastCalls()).containsText("was reset");
        try (KmsClient kms = sdk()) {
            kms.listKeys();
        }
        assertThat(lastCalls().getByRole(AriaRole.LISTITEM).first()).containsText("ListKeys by role/Admin");
    }
}
