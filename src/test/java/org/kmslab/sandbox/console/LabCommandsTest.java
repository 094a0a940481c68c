package org.kmslab.sandbox.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class LabCommandsTest {

    private final ConsoleFixture f = new ConsoleFixture();

    private String dataKey() {
        String keyId = f.newKey();
        return f.ok("aws kms generate-data-key --key-id " + keyId + " --key-spec AES_256 --query Plaintext "
                + "--output text");
    }

    @Test
    void encrypt_file_then_decrypt_file_round_trips_and_makes_no_kms_call() {
        String key = dataKey();
        int before = f.events.size();

        f.ok("lab encrypt-file --in quarterly-sales.csv --out quarterly-sales.csv.enc --data-key " + key);
        f.ok("lab decrypt-file --in quarterly-sales.csv.enc --out restored.csv --data-key " + key);

        byte[] original = f.console.workspace().read("quarterly-sales.csv");
        assertThat(f.console.workspace().read("quarterly-sales.csv.enc")).hasSize(original.length + 12 + 16);
        assertThat(f.console.workspace().read("restored.csv")).isEqualTo(original);
        assertThat(f.events).hasSize(before);
        String sums = f.ok("lab sha256 quarterly-sales.csv restored.csv");
        String[] lines = sums.split("\n");
        assertThat(lines[0].substring(0, 64)).isEqualTo(lines[1].substring(0, 64));
    }

    @Test
    void decrypt_file_refuses_a_tampered_file_and_writes_nothing() {
        String key = dataKey();
        f.ok("lab encrypt-file --in notes.txt --out notes.enc --data-key " + key);
        byte[] sealed = f.console.workspace().read("notes.enc");
        sealed[20] ^= 1;
        f.console.workspace().write("notes.enc", sealed);

        ConsoleResult r = f.run("lab decrypt-file --in notes.enc --out notes.out --data-key " + key);

        assertThat(r.errorType()).isEqualTo("TagMismatch");
        assertThat(f.console.workspace().exists("notes.out")).isFalse();
    }

    @Test
    void encrypt_file_refuses_a_key_that_is_not_32_bytes() {
        String sixteen = Base64.getEncoder().encodeToString(new byte[16]);
        ConsoleResult r = f.run("lab encrypt-file --in notes.txt --out notes.enc --data-key " + sixteen);
        assertThat(r.errorType()).isEqualTo("InvalidInput");
        assertThat(r.output()).contains("16 bytes").contains("exactly 32");
        assertThat(f.console.workspace().exists("notes.enc")).isFalse();
    }

    @Test
    void discard_data_key_redacts_every_copy_of_the_plaintext_key_from_the_history() {
        String key = dataKey();
        f.ok("lab encrypt-file --in notes.txt --out notes.enc --data-key " + key);

        ConsoleResult discard = f.run("lab discard-data-key");

        assertThat(discard.redactions()).containsExactly(key);
        assertThat(f.console.history()).allSatisfy(entry -> {
            assertThat(entry.commandLine()).doesNotContain(key);
            assertThat(entry.output()).doesNotContain(key);
        });
        assertThat(f.console.history()).anySatisfy(entry -> assertThat(entry.output()).isEqualTo("[discarded]"));
        assertThat(f.console.redact("key was " + key)).isEqualTo("key was [discarded]");
        assertThat(f.run("lab discard-data-key").redactions()).isEmpty();
    }

    @Test
    void ls_lists_the_sample_files_with_their_sizes() {
        ConsoleResult r = f.run("lab ls");
        assertThat(r.output()).contains("4,096  4096-bytes.txt", "4,097  4097-bytes.txt", "quarterly-sales.csv",
                "notes.txt", "invoice.pdf");
    }

    @Test
    void fileb_gives_a_blob_option_the_bytes_of_a_workspace_file() {
        String keyId = f.newKey();
        assertThat(f.run("aws kms encrypt --key-id " + keyId + " --plaintext fileb://4096-bytes.txt").ok()).isTrue();
        ConsoleResult tooBig = f.run("aws kms encrypt --key-id " + keyId + " --plaintext fileb://4097-bytes.txt");
        assertThat(tooBig.errorType()).isEqualTo("ValidationException");
        assertThat(f.run("aws kms encrypt --key-id " + keyId + " --plaintext fileb://missing.txt").output())
                .contains("Unable to load paramfile missing.txt");
    }

    @Test
    void date_prints_the_sandbox_clock_plus_days() {
        String now = f.ok("lab date");
        String later = f.ok("lab date --add-days 7");
        assertThat(java.time.Duration.between(java.time.Instant.parse(now), java.time.Instant.parse(later)).toDays())
                .isEqualTo(7);
    }

    @Test
    void unknown_lab_commands_and_families_are_syntax_errors() {
        assertThat(f.run("lab fly").errorType()).isEqualTo(ConsoleResult.SYNTAX_ERROR);
        assertThat(f.run("aws iam list-roles").output()).contains("Invalid choice: 'iam'");
        assertThat(f.run("lab help").output()).contains("lab encrypt-file");
    }
}
