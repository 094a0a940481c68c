package org.kmslab.ui.present;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;
import org.kmslab.lessons.GoalChecker;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.PlaintextLab;
import org.kmslab.lessons.SolutionRunner;
import org.kmslab.sandbox.ExternalKeyStores;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.kmslab.ui.lesson.SandboxWorkspace;

/**
 * Which step of a lesson each action of its reference solution belongs to. Lesson files do not say; the plan finds out
 * by replaying the solution once on a throwaway sandbox and watching which goal each action completes. An action that
 * completes no goal belongs to the step of the next action that does (it prepares that step); actions after the last
 * completing one belong to the last step with a goal. An action that completes several goals belongs to the first. The throwaway sandbox (the lessons' account 111122223333)
 * gets the learner's external key stores, so lessons that use the in-process XKS proxy replay too.
 */
public record SolutionPlan(List<Integer> stepOfAction) {

    public SolutionPlan {
        stepOfAction = List.copyOf(stepOfAction);
    }

    public static SolutionPlan of(Lesson lesson, KmsGateway gateway, ExternalKeyStores externalKeyStores) {
        SandboxService scratchService = SandboxService.local();
        scratchService.externalKeyStores(externalKeyStores);
        Sandbox scratch = scratchService.defaultSandbox();
        List<EngineEvent> events = new ArrayList<>();
        scratch.addListener(events::add);
        SolutionRunner runner = new SolutionRunner(
                new PlaintextLab(scratch.engine(), scratch.administrator(CallSource.LESSON)),
                new SandboxWorkspace(gateway, scratch));
        int actions = lesson.solution().size();
        int[] completes = new int[actions];
        boolean[] met = new boolean[lesson.steps().size()];
        for (int i = 0; i < actions; i++) {
            runner.run(lesson.solution().get(i));
            completes[i] = -1;
            for (int s = 0; s < met.length; s++) {
                Lesson.Step step = lesson.steps().get(s);
                if (!met[s] && step.hasGoal() && GoalChecker.isMet(step.goal(), events)) {
                    met[s] = true;
                    // An action that meets two goals at once (a refused Decrypt that a later step asks for again)
                    // belongs to the earlier step: the later one's own actions come after it.
                    if (completes[i] < 0) {
                        completes[i] = s;
                    }
                }
            }
        }
        return new SolutionPlan(assign(completes, lastGoalStep(lesson)));
    }

    /** Fills each non-completing action with the step of the next completing one. */
    static List<Integer> assign(int[] completes, int fallback) {
        Integer[] steps = new Integer[completes.length];
        int next = fallback;
        for (int i = completes.length - 1; i >= 0; i--) {
            if (completes[i] >= 0) {
                next = completes[i];
            }
            steps[i] = next;
        }
        return Arrays.asList(steps);
    }

    private static int lastGoalStep(Lesson lesson) {
        for (int s = lesson.steps().size() - 1; s >= 0; s--) {
            if (lesson.steps().get(s).hasGoal()) {
                return s;
            }
        }
        return lesson.steps().size() - 1;
    }

    /** The indexes of the solution actions that belong to a step, in order. */
    public List<Integer> actionsOf(int step) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < stepOfAction.size(); i++) {
            if (stepOfAction.get(i) == step) {
                result.add(i);
            }
        }
        return result;
    }

    public int stepOf(int action) {
        return stepOfAction.get(action);
    }
}
