package org.kmslab.ui.progress;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where one learner is in one lesson.
 *
 * @param currentStep    the id of the step they were on
 * @param completedSteps the ids of the steps they have done
 * @param updatedAt      when this was last saved
 */
public record LessonProgress(String lessonId, String currentStep, Set<String> completedSteps, Instant updatedAt) {

    public LessonProgress {
        completedSteps = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(completedSteps));
    }
}
