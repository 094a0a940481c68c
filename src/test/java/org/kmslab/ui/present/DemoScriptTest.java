package org.kmslab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.lessons.Lesson;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;

class DemoScriptTest {

    private final Sandbox sandbox = SandboxService.local().create();
    private final DemoScript script = new DemoScript(sandbox, new KmsGateway());

    @Test
    void plays_a_console_lesson_action_by_action_with_saved_values_filled_in() {
        Lesson lesson = Lessons.get("key-states");

        for (Lesson.SolutionAction action : lesson.solution()) {
            assertThat(script.play(action).ok()).as(DemoScript.describe(action)).isTrue();
        }
        DemoScript.Played first = new DemoScript(SandboxService.local().create(), new KmsGateway())
                .play(lesson.solution().getFirst());
        assertThat(first.command()).startsWith("$ aws kms create-key");
        assertThat(first.output()).contains("KeyMetadata");
        assertThat(script.play(lesson.solution().get(2)).command()).doesNotContain("${KEY}");
    }

    @Test
    void an_action_that_cannot_run_is_reported_not_thrown_and_a_restart_recovers() {
        Lesson lesson = Lessons.get("key-states");
        script.play(lesson.solution().get(0));
        sandbox.reset(); // the instructor reset the sandbox, but the script still remembers the old key

        script.play(lesson.solution().get(1)); // printf writes the message file
        DemoScript.Played broken = script.play(lesson.solution().get(2));

        assertThat(broken.ok()).isFalse();
        assertThat(broken.output()).contains("command failed");
        script.restart();
        assertThat(script.play(lesson.solution().get(0)).ok()).isTrue();
        assertThat(script.play(lesson.solution().get(1)).ok()).isTrue();
        assertThat(script.play(lesson.solution().get(2)).ok()).isTrue();
    }

    @Test
    void plaintext_lab_actions_run_on_the_demo_sandbox() {
        for (Lesson.SolutionAction action : Lessons.get("plaintext-vs-ciphertext").solution()) {
            assertThat(script.play(action).ok()).isTrue();
        }
        assertThat(sandbox.engine().listKeys(sandbox.administrator(org.kmslab.engine.CallSource.LESSON),
                ListKeysRequest.of()).keys()).hasSize(1);
    }

    @Test
    void previews_fill_in_the_values_the_script_saved_and_name_the_others() {
        Lesson lesson = Lessons.get("key-states");
        Lesson.SolutionAction disable = lesson.solution().get(3);
        assertThat(script.preview(disable)).isEqualTo("$ aws kms disable-key --key-id <KEY>");

        script.play(lesson.solution().get(0));
        String keyId = sandbox.engine().listKeys(sandbox.administrator(org.kmslab.engine.CallSource.LESSON),
                ListKeysRequest.of()).keys().getFirst().keyId();
        assertThat(script.preview(disable)).isEqualTo("$ aws kms disable-key --key-id " + keyId);
        assertThat(script.fillIn("The key is ${KEY}; the blob is ${BLOB}."))
                .isEqualTo("The key is " + keyId + "; the blob is <BLOB>.");
    }

    @Test
    void every_step_of_the_twelve_lessons_has_speaker_notes() {
        for (String id : java.util.List.of("plaintext-vs-ciphertext", "kms-keys-and-metadata", "key-states",
                "key-policies-and-grants", "symmetric-vs-asymmetric", "data-keys", "envelope-encryption", "key-types",
                "key-rotation", "imported-key-material", "service-integrations", "audit-and-monitoring")) {
            for (Lesson.Step step : Lessons.get(id).steps()) {
                assertThat(step.notes()).as(id + " / " + step.id()).isNotBlank();
            }
        }
    }

    @Test
    void describes_actions_as_the_audience_reads_them() {
        assertThat(DemoScript.describe(new Lesson.SolutionAction("Encrypt", "hello", null, null, Map.of(), null, null)))
                .isEqualTo("Press \"Encrypt\" with \"hello\"");
        assertThat(DemoScript.describe(new Lesson.SolutionAction("FlipByte", null, 40, null, Map.of(), null, null)))
                .isEqualTo("Press \"Flip byte\" at byte 40");
        assertThat(DemoScript.describe(new Lesson.SolutionAction(null, null, null, "aws kms describe-key --key-id x",
                Map.of(), "NotFoundException", Duration.ofDays(9))))
                .isEqualTo("Time machine: +9 days, then $ aws kms describe-key --key-id x  (expect NotFoundException)");
    }
}
