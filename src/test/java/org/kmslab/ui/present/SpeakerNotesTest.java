package org.kmslab.ui.present;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.Lesson;

/** The speaker notes of the packaged course: every step has some, and each value they name is one the script saves. */
class SpeakerNotesTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    @Test
    void every_step_of_every_packaged_lesson_has_speaker_notes() {
        for (Lesson lesson : Lessons.CATALOG.lessons()) {
            assertThat(lesson.steps()).allSatisfy(step -> assertThat(step.notes())
                    .as("notes of " + lesson.id() + "/" + step.id()).isNotBlank());
        }
    }

    @Test
    void notes_name_only_values_their_lessons_script_saves() {
        for (Lesson lesson : Lessons.CATALOG.lessons()) {
            Set<String> saved = lesson.solution().stream().flatMap(a -> a.save().keySet().stream())
                    .collect(Collectors.toSet());
            for (Lesson.Step step : lesson.steps()) {
                Matcher named = VARIABLE.matcher(step.notes() == null ? "" : step.notes());
                while (named.find()) {
                    assertThat(saved).as("${" + named.group(1) + "} in the notes of " + lesson.id() + "/" + step.id())
                            .contains(named.group(1));
                }
            }
        }
    }
}
