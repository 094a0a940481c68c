package org.kmslab.ui.connect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.Principal;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;

/** The connect page's snippets: real values when copied, masked secrets when only shown. */
class ConnectSnippetsTest {

    private final Sandbox sandbox = SandboxService.local().defaultSandbox();
    private final ConnectSnippets snippets = new ConnectSnippets("http://localhost:8080", "us-east-1");
    private final Principal admin = sandbox.principal("admin").orElseThrow();

    @Test
    void environment_exports_the_keys_and_points_the_cli_at_kms_lab() {
        String text = snippets.environment(admin, true);
        assertThat(text).contains("export AWS_ACCESS_KEY_ID=" + admin.credentials().accessKeyId())
                .contains("export AWS_SECRET_ACCESS_KEY=" + admin.credentials().secretAccessKey())
                .contains("export AWS_DEFAULT_REGION=us-east-1")
                .contains("aws kms create-key --endpoint-url http://localhost:8080");
    }

    @Test
    void secrets_are_masked_unless_shown() {
        String secret = admin.credentials().secretAccessKey();
        assertThat(snippets.environment(admin, false)).doesNotContain(secret).contains("*".repeat(40));
        assertThat(snippets.credentialsFile(sandbox.principals(), false)).doesNotContain(secret);
        assertThat(snippets.javaSdk(admin, false)).doesNotContain(secret);
        assertThat(snippets.python(admin, false)).doesNotContain(secret);
        assertThat(snippets.configureProfiles(sandbox.principals(), false)).doesNotContain(secret);
    }

    @Test
    void aws_configure_saves_every_principal_as_a_profile_of_this_endpoint() {
        String text = snippets.configureProfiles(sandbox.principals(), true);
        for (Principal p : sandbox.principals()) {
            assertThat(text).contains("aws configure set aws_access_key_id " + p.credentials().accessKeyId()
                            + " --profile " + p.profile() + "\n")
                    .contains("aws configure set aws_secret_access_key " + p.credentials().secretAccessKey()
                            + " --profile " + p.profile() + "\n")
                    .contains("aws configure set endpoint_url http://localhost:8080 --profile " + p.profile());
        }
        assertThat(text).contains("aws configure set region us-east-1 --profile developer").endsWith("--profile admin");
    }

    @Test
    void profiles_are_admin_developer_and_app() {
        assertThat(snippets.credentialsFile(sandbox.principals(), true))
                .contains("[admin]", "[developer]", "[app]");
        assertThat(snippets.configFile(sandbox.principals()))
                .contains("[profile developer]", "endpoint_url = http://localhost:8080", "region = us-east-1");
    }
}
