package org.kmslab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.sandbox.console.ConsoleResult;

class UndoHistoryTest {

    private Sandbox sandbox;
    private SandboxWorkspace console;
    private UndoHistory undo;

    @BeforeEach
    void setUp() {
        sandbox = SandboxService.local().defaultSandbox();
        console = new SandboxWorkspace(new KmsGateway(), sandbox);
        undo = new UndoHistory(sandbox);
    }

    private ConsoleResult run(String line) {
        undo.before(line);
        return console.runForDisplay(line);
    }

    @Test
    void undo_puts_a_disabled_key_back_to_enabled() {
        String keyId = run("aws kms create-key").result().at("/KeyMetadata/KeyId").asString();
        run("aws kms disable-key --key-id " + keyId);
        assertThat(sandbox.engine().observeKey(keyId).orElseThrow().keyState()).isEqualTo("Disabled");

        assertThat(undo.undo()).contains("aws kms disable-key --key-id " + keyId);

        assertThat(sandbox.engine().observeKey(keyId).orElseThrow().keyState()).isEqualTo("Enabled");
        assertThat(run("aws kms encrypt --key-id " + keyId + " --plaintext hello --cli-binary-format raw-in-base64-out").ok()).isTrue();
    }

    @Test
    void undoing_a_create_key_removes_the_key_and_empties_a_region_first_used_by_the_command() {
        String keyId = run("aws kms create-key --region eu-west-1").result().at("/KeyMetadata/KeyId").asString();
        assertThat(sandbox.engine("eu-west-1").observeKey(keyId)).isPresent();

        undo.undo();

        assertThat(sandbox.engine("eu-west-1").observeKey(keyId)).isEmpty();
        assertThat(undo.canUndo()).isFalse();
        assertThat(undo.undo()).isEmpty();
    }

    @Test
    void only_the_newest_commands_are_kept() {
        for (int i = 0; i < UndoHistory.DEPTH + 5; i++) {
            run("aws kms list-keys");
        }
        int undone = 0;
        while (undo.undo().isPresent()) {
            undone++;
        }
        assertThat(undone).isEqualTo(UndoHistory.DEPTH);
    }
}
