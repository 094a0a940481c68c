package org.kmslab.lessons;

import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * What a console lesson acts on: a command line that speaks the AWS CLI's {@code aws kms} syntax, and the sandbox's
 * time machine. The UI and the tests plug the sandbox's console in here, so a lesson never depends on how calls
 * reach the engine.
 */
public interface LessonWorkspace {

    /** Runs one {@code aws kms ...} command line. */
    CommandOutcome run(String commandLine);

    /** Fast-forwards the sandbox clock and lets KMS do what became due (rotation, deletion, expiry). */
    void advanceClock(Duration duration);

    /**
     * The outcome of one command line.
     *
     * @param result    the JSON the AWS CLI would print, or null on error
     * @param errorType the AWS exception name, or null on success
     */
    record CommandOutcome(JsonNode result, String errorType, String output) {
        public boolean ok() {
            return errorType == null;
        }
    }
}
