package org.kmslab.lessons;

import org.kmslab.engine.KmsException;

/**
 * Replays a lesson's reference solution on a workbench, the way a learner would press its buttons. A call the engine
 * refuses is part of the story (tampering is meant to fail), so refusals are recorded as events, not thrown.
 */
public final class SolutionRunner {

    private SolutionRunner() {}

    public static void replay(Lesson lesson, PlaintextLab lab) {
        for (Lesson.SolutionAction action : lesson.solution()) {
            try {
                switch (action.action()) {
                    case "CreateKey" -> lab.createKey();
                    case "Encrypt" -> lab.encrypt(action.plaintext());
                    case "Decrypt" -> lab.decrypt();
                    case "FlipByte" -> lab.flipByte(action.offset());
                    default -> throw new IllegalArgumentException("Unknown solution action " + action.action());
                }
            } catch (KmsException refused) {
                // The engine already emitted the failure event the lesson's goal looks for.
            }
        }
    }
}
