package org.kmslab.ui.classroom;

import java.util.List;
import org.kmslab.ManualClock;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;
import org.kmslab.sandbox.SandboxService;

/** One classroom service for the classroom tests: the packaged course, one two-option poll, a manual clock. */
final class ClassroomFixture {

    static final String SECRET = "correct-horse-battery";
    private static final LessonCatalog CATALOG = new LessonLoader(LessonSource.classpath()).load();
    private static final PollQuestion QUESTION = new PollQuestion("q1", "key-states", "What does disabling do?", false,
            List.of(new PollQuestion.Option("Blocks every use", true, "Disabled keys refuse all operations."),
                    new PollQuestion.Option("Deletes the key", false, "Only deletion deletes.")));

    private ClassroomFixture() {
    }

    static ClassroomService classes(ManualClock clock) {
        return new ClassroomService(new InstructorSecret(SECRET), SandboxService.local(), CATALOG,
                new PollQuestions(List.of(QUESTION)), clock);
    }
}
