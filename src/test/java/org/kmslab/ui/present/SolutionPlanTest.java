package org.kmslab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.api.xks.InProcessXksProxy;
import org.kmslab.lessons.Lesson;
import org.kmslab.sandbox.ExternalKeyStores;
import org.kmslab.sandbox.KmsGateway;

class SolutionPlanTest {

    @Test
    void each_action_belongs_to_the_step_whose_goal_it_completes_or_prepares() {
        // CreateKey, Encrypt, Decrypt, FlipByte, Decrypt (refused)
        SolutionPlan plan = SolutionPlan.of(Lessons.get("plaintext-vs-ciphertext"), new KmsGateway(),
                ExternalKeyStores.NONE);

        assertThat(plan.stepOfAction()).containsExactly(1, 2, 4, 5, 5);
        assertThat(plan.actionsOf(5)).containsExactly(3, 4);
        assertThat(plan.actionsOf(0)).isEmpty();
    }

    @Test
    void actions_after_the_last_completing_one_belong_to_the_last_step_with_a_goal() {
        assertThat(SolutionPlan.assign(new int[] {-1, 2, -1, -1}, 6)).containsExactly(2, 2, 6, 6);
    }

    @Test
    void every_lesson_has_a_plan_with_a_step_for_every_action() {
        InProcessXksProxy proxy = new InProcessXksProxy();
        try {
            for (Lesson lesson : Lessons.CATALOG.lessons()) {
                List<Integer> steps = SolutionPlan.of(lesson, new KmsGateway(), proxy).stepOfAction();
                assertThat(steps).as(lesson.id()).hasSize(lesson.solution().size())
                        .allSatisfy(s -> assertThat(s).isBetween(0, lesson.steps().size() - 1));
                // "Show solution" on a step gives what that step asks for: the solution runs through the steps in
                // order. (A line that met a later step's goal early, out of turn, was shown on that later step.)
                assertThat(steps).as(lesson.id() + ": the step of each solution action, in order").isSorted();
            }
        } finally {
            proxy.destroy();
        }
    }
}
