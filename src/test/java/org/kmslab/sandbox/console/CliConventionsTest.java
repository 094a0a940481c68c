package org.kmslab.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The console reads and prints as the AWS CLI v2 does: Base64 blobs, fileb:// files made with printf and
 * {@code | base64 --decode > file}, JMESPath queries, ISO-8601 dates, and help.
 */
class CliConventionsTest {

    private final ConsoleFixture f = new ConsoleFixture();

    @Test
    void a_typed_blob_is_base64_as_in_cli_v2_unless_raw_in_base64_out() {
        String key = f.newKey();
        ConsoleResult text = f.run("aws kms encrypt --key-id " + key + " --plaintext 'state test'");
        assertThat(text.errorType()).isEqualTo(ConsoleResult.SYNTAX_ERROR);
        assertThat(text.output()).isEqualTo("Invalid base64: \"state test\"");
        assertThat(f.eventNames()).containsExactly("CreateKey");

        assertThat(f.run("aws kms encrypt --key-id " + key + " --plaintext c3RhdGUgdGVzdA==").ok()).isTrue();
        assertThat(f.run("aws kms encrypt --key-id " + key + " --plaintext 'state test' "
                + "--cli-binary-format raw-in-base64-out").ok()).isTrue();
        assertThat(f.run("aws kms encrypt --key-id " + key + " --plaintext x --cli-binary-format raw").output())
                .contains("Invalid choice");
    }

    @Test
    void the_lesson_round_trip_runs_as_it_would_in_bash() {
        String key = f.newKey();
        assertThat(f.ok("printf 'state test' > state.txt")).contains("10 bytes written to state.txt");
        assertThat(f.console.workspace().read("state.txt")).isEqualTo("state test".getBytes(StandardCharsets.UTF_8));

        ConsoleResult sealed = f.run("aws kms encrypt --key-id " + key + " --plaintext fileb://state.txt "
                + "--query CiphertextBlob --output text | base64 --decode > state.enc");
        assertThat(sealed.ok()).as(sealed.output()).isTrue();
        assertThat(sealed.operation()).isEqualTo("Encrypt");
        assertThat(sealed.result().get("CiphertextBlob").asString()).isNotBlank();
        assertThat(f.console.workspace().read("state.enc")).hasSizeGreaterThan(100);

        assertThat(f.ok("aws kms decrypt --ciphertext-blob fileb://state.enc --query Plaintext --output text "
                + "| base64 --decode")).isEqualTo("state test");
        assertThat(f.eventNames()).containsExactly("CreateKey", "Encrypt", "Decrypt");
    }

    @Test
    void shell_operators_inside_quotes_are_text_and_mistakes_are_explained() {
        assertThat(f.ok("echo 'a | b > c'")).isEqualTo("a | b > c\n");
        assertThat(f.run("echo hi | grep h").output()).contains("knows 'base64'");
        assertThat(f.run("echo hi >> log.txt").output()).contains("not '>>'");
        assertThat(f.run("echo aGk= | base64 -d").output()).isEqualTo("hi");
        assertThat(f.run("echo 'not base64!' | base64 --decode").output()).isEqualTo("base64: invalid input");
        assertThat(f.run("printf 'a\\tb%s' c").output()).isEqualTo("a\tbc");
    }

    @Test
    void query_is_jmespath() {
        String first = f.newKey();
        String second = f.newKey();
        assertThat(f.ok("aws kms list-keys --query 'Keys[*].KeyId' --output text"))
                .isEqualTo(first + "\t" + second);
        assertThat(f.ok("aws kms list-keys --query 'Keys[*].KeyId'")).contains("\"" + first + "\"", "\"" + second + "\"");
        assertThat(f.ok("aws kms list-keys --query 'length(Keys)'")).isEqualTo("2");
        assertThat(f.ok("aws kms describe-key --key-id " + first
                + " --query 'KeyMetadata.{id: KeyId, state: KeyState}' --output json"))
                .contains("\"state\" : \"Enabled\"");
        assertThat(f.ok("aws kms describe-key --key-id " + first + " --query KeyMetadata.Nothing --output text"))
                .isEqualTo("None");
        ConsoleResult bad = f.run("aws kms list-keys --query 'Keys[*'");
        assertThat(bad.output()).startsWith("Bad value for --query Keys[*");
        assertThat(f.eventNames()).containsExactly("CreateKey", "CreateKey", "ListKeys", "ListKeys", "ListKeys",
                "DescribeKey", "DescribeKey");
    }

    @Test
    void dates_print_as_iso_8601_like_cli_v2() {
        String printed = f.ok("aws kms create-key");
        assertThat(printed).containsPattern("\"CreationDate\" : \"20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{6})?\\+00:00\"");
        assertThat(Timestamps.format(new BigDecimal("1796246542.009"))).isEqualTo("2026-12-02T21:22:22.009000+00:00");
        assertThat(Timestamps.format(new BigDecimal("1796246542"))).isEqualTo("2026-12-02T21:22:22+00:00");
    }

    @Test
    void help_answers_at_every_level() {
        assertThat(f.ok("aws help")).contains("aws kms <command>", "--query <JMESPath>", "fileb://");
        assertThat(f.ok("aws kms help")).contains("\ncreate-key\n", "\ngenerate-data-key\n", "\nschedule-key-deletion\n");
        assertThat(f.ok("aws kms help").lines().filter(l -> !l.startsWith("https://")))
                .as("lines that fit a phone's console").allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(f.ok("aws kms encrypt help")).contains("--plaintext", "<blob>", "--encryption-context", "<map>",
                "API_Encrypt.html");
        assertThat(f.run("aws kms frobnicate help").output()).contains("Invalid choice: 'frobnicate'");
        assertThat(f.eventNames()).isEmpty();
    }
}
