package org.kmslab.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.EngineEvent;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;

class AwsCliConsoleTest {

    private AwsCliConsole console;
    private final List<EngineEvent> events = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Sandbox sandbox = new SandboxService("111122223333", "us-east-1").defaultSandbox();
        sandbox.addListener(events::add);
        console = new AwsCliConsole(new KmsGateway(), sandbox);
    }

    @Test
    void shell_words_honour_quotes_and_escapes() {
        assertThat(ShellWords.split("aws kms encrypt --plaintext 'hello world' --x \"a \\\"b\\\"\" c\\ d"))
                .containsExactly("aws", "kms", "encrypt", "--plaintext", "hello world", "--x", "a \"b\"", "c d");
        assertThat(ShellWords.split("aws kms \\\n list-keys")).containsExactly("aws", "kms", "list-keys");
        assertThatThrownBy(() -> ShellWords.split("aws 'oops")).hasMessageContaining("Unterminated single quote");
    }

    @Test
    void commands_and_options_become_aws_operation_and_member_names() {
        CliCommand c = AwsCliParser.parse("aws kms generate-data-key --key-id alias/x --key-spec AES_256 "
                + "--no-dry-run --region eu-west-1 --profile app --query Plaintext --output text");
        assertThat(c.operation()).isEqualTo("GenerateDataKey");
        assertThat(c.options()).containsOnlyKeys("KeyId", "KeySpec", "DryRun");
        assertThat(c.options().get("DryRun")).containsExactly("false");
        assertThat(c.region()).isEqualTo("eu-west-1");
        assertThat(c.profile()).isEqualTo("app");
        assertThat(c.query()).isEqualTo("Plaintext");
    }

    @Test
    void encrypt_then_decrypt_round_trips_through_the_gateway() {
        String keyId = console.run("aws kms create-key --description 'console test' --query KeyMetadata.KeyId --output text").output();
        ConsoleResult encrypted = console.run("aws kms encrypt --key-id " + keyId + " --plaintext 'hi there' --cli-binary-format raw-in-base64-out "
                + "--encryption-context purpose=test,team=blue");
        assertThat(encrypted.ok()).as(encrypted.output()).isTrue();
        String blob = encrypted.result().get("CiphertextBlob").asString();

        ConsoleResult decrypted = console.run("aws kms decrypt --ciphertext-blob " + blob
                + " --encryption-context team=blue,purpose=test --query Plaintext --output text");
        assertThat(decrypted.output())
                .isEqualTo(Base64.getEncoder().encodeToString("hi there".getBytes(StandardCharsets.UTF_8)));
        assertThat(events).extracting(EngineEvent::eventName).containsExactly("CreateKey", "Encrypt", "Decrypt");
    }

    @Test
    void an_aws_error_prints_like_the_aws_cli() {
        ConsoleResult r = console.run("aws kms describe-key --key-id alias/nothing-here");
        assertThat(r.ok()).isFalse();
        assertThat(r.errorType()).isEqualTo("NotFoundException");
        assertThat(r.output()).startsWith("An error occurred (NotFoundException) when calling the DescribeKey operation: ");
    }

    @Test
    void lists_and_structures_accept_shorthand_and_json() {
        String keyId = console.run("aws kms create-key --query KeyMetadata.KeyId --output text").output();
        ConsoleResult json = console.run("aws kms tag-resource --key-id " + keyId
                + " --tags '[{\"TagKey\":\"x\",\"TagValue\":\"y\"}]'");
        assertThat(json.ok()).as(json.output()).isTrue();
        ConsoleResult shorthand = console.run("aws kms tag-resource --key-id " + keyId
                + " --tags TagKey=team,TagValue=blue TagKey=env,TagValue=lab");
        assertThat(shorthand.ok()).as(shorthand.output()).isTrue();
        ConsoleResult grant = console.run("aws kms create-grant --key-id " + keyId
                + " --grantee-principal arn:aws:iam::111122223333:role/App --operations Encrypt Decrypt"
                + " --constraints EncryptionContextSubset={purpose=test}");
        assertThat(grant.ok()).as(grant.output()).isTrue();
        assertThat(console.run("aws kms list-resource-tags --key-id " + keyId + " --query Tags --output json")
                .output()).contains("\"team\"", "\"env\"", "\"x\"");
    }

    @Test
    void profiles_switch_the_calling_principal() {
        console.run("aws kms create-key --profile developer");
        assertThat(events.getLast().caller().principalArn()).isEqualTo("arn:aws:iam::111122223333:role/Developer");
        ConsoleResult unknown = console.run("aws kms list-keys --profile mallory");
        assertThat(unknown.errorType()).isEqualTo(ConsoleResult.SYNTAX_ERROR);
        assertThat(unknown.output()).contains("could not be found");
    }

    @Test
    void unreadable_lines_make_no_call() {
        assertThat(console.run("ls -la").errorType()).isEqualTo(ConsoleResult.SYNTAX_ERROR);
        assertThat(console.run("aws kms fly-to-the-moon").output()).contains("Invalid choice");
        assertThat(console.run("aws kms list-keys --colour blue").output()).contains("Unknown options: --colour");
        assertThat(console.run("aws kms generate-random --number-of-bytes many").output()).contains("invalid literal");
        assertThat(events).isEmpty();
    }

    @Test
    void region_option_reaches_each_region_of_a_multi_region_key() {
        String keyId = console.run("aws kms create-key --multi-region --query KeyMetadata.KeyId --output text")
                .output().strip();
        assertThat(keyId).startsWith("mrk-");
        ConsoleResult replicated = console.run("aws kms replicate-key --key-id " + keyId
                + " --replica-region eu-west-1 --description europe");
        assertThat(replicated.errorType()).as(replicated.output()).isNull();
        assertThat(replicated.result().at("/ReplicaKeyMetadata/KeyState").asString()).isEqualTo("Creating");
        ConsoleResult described = console.run("aws kms describe-key --key-id " + keyId + " --region eu-west-1");
        assertThat(described.result().at("/KeyMetadata/MultiRegionConfiguration/MultiRegionKeyType").asString())
                .isEqualTo("REPLICA");
        assertThat(described.result().at("/KeyMetadata/Arn").asString()).contains(":eu-west-1:");
        ConsoleResult nowhere = console.run("aws kms list-keys --region mars-north-1");
        assertThat(nowhere.output()).contains("Could not connect to the endpoint URL");
        assertThat(events).extracting(EngineEvent::region).doesNotContain("mars-north-1");
    }
}
