package org.kmslab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A lesson read in another sandbox's account: every mention of the authored account names that account. */
class LessonAccountTest {

    private static final String ROLE = "arn:aws:iam::111122223333:role/Developer";

    private final Lesson authored = new Lesson("policies", "Policies of 111122223333", "Keys of one account", 5,
            "console", List.of("https://docs.aws.amazon.com/kms/"),
            List.of(new Lesson.Step("open", "Open the key", "Name `" + ROLE + "` in the policy.", false, "key-card",
                    new Lesson.Goal("Developer of 111122223333 encrypts", List.of(new Lesson.EventMatcher("Encrypt",
                            Lesson.Outcome.SUCCESS, null, Map.of("principal", ROLE)))),
                    List.of("Use " + ROLE), "Account 111122223333 is the learner's")),
            List.of(new Lesson.SolutionAction(null, null, null,
                    "aws kms create-grant --key-id ${KEY} --grantee-principal " + ROLE, Map.of("G", "GrantId"),
                    null, null)));

    @Test
    void every_text_goal_and_command_names_the_sandbox_account() {
        Lesson mine = authored.inAccount("444455556666");

        Lesson.Step step = mine.steps().getFirst();
        assertThat(mine.title()).isEqualTo("Policies of 444455556666");
        assertThat(step.markdown()).contains("arn:aws:iam::444455556666:role/Developer").doesNotContain("1111");
        assertThat(step.hints()).containsExactly("Use arn:aws:iam::444455556666:role/Developer");
        assertThat(step.notes()).isEqualTo("Account 444455556666 is the learner's");
        assertThat(step.goal().description()).isEqualTo("Developer of 444455556666 encrypts");
        assertThat(step.goal().events().getFirst().params())
                .containsEntry("principal", "arn:aws:iam::444455556666:role/Developer");
        assertThat(mine.solution().getFirst().cli())
                .endsWith("--grantee-principal arn:aws:iam::444455556666:role/Developer");
        assertThat(mine.solution().getFirst().save()).containsEntry("G", "GrantId");
    }

    @Test
    void ids_visuals_and_references_stay_as_written() {
        Lesson mine = authored.inAccount("444455556666");

        assertThat(mine.id()).isEqualTo("policies");
        assertThat(mine.steps().getFirst().id()).isEqualTo("open");
        assertThat(mine.steps().getFirst().visual()).isEqualTo("key-card");
        assertThat(mine.references()).isEqualTo(authored.references());
    }

    @Test
    void the_authored_account_reads_the_lesson_as_written() {
        assertThat(authored.inAccount("111122223333")).isSameAs(authored);
    }

    @Test
    void an_account_id_is_twelve_digits() {
        assertThatThrownBy(() -> authored.inAccount("$1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> authored.inAccount(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
