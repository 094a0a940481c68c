package org.kmslab.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;

class ProgressFileTest {

    private static final LessonCatalog COURSE = new LessonLoader(LessonSource.classpath()).load();
    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void a_written_file_reads_back_the_same_progress() throws Exception {
        LessonProgress saved = new LessonProgress("key-states", "disable-the-key",
                Set.of("a-key-has-a-state"), Instant.parse("2026-11-28T09:30:00Z"));

        List<LessonProgress> read = ProgressFile.read(ProgressFile.write(List.of(saved), NOW), COURSE, NOW);

        assertThat(read).containsExactly(saved);
    }

    @Test
    void refuses_a_file_that_is_not_json() {
        assertThatThrownBy(() -> read("hello"))
                .isInstanceOf(ProgressFile.InvalidProgressFileException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void refuses_json_of_another_kind() {
        assertThatThrownBy(() -> read("{\"lessons\": []}")).hasMessageContaining("\"format\" is not");
        assertThatThrownBy(() -> read("{\"format\": \"kmslab-progress\", \"version\": 9, \"lessons\": []}"))
                .hasMessageContaining("version 9");
    }

    @Test
    void refuses_the_whole_file_when_one_lesson_or_step_is_unknown() {
        assertThatThrownBy(() -> read(file("{\"lessonId\": \"key-states\", \"currentStep\": \"disable-the-key\"},"
                + "{\"lessonId\": \"no-such-lesson\", \"currentStep\": \"x\"}")))
                .hasMessageContaining("no-such-lesson");
        assertThatThrownBy(() -> read(file("{\"lessonId\": \"key-states\", \"currentStep\": \"nope\"}")))
                .hasMessageContaining("has no step \"nope\"");
        assertThatThrownBy(() -> read(file("{\"lessonId\": \"key-states\", \"currentStep\": \"disable-the-key\","
                + " \"completedSteps\": [\"made-up\"]}"))).hasMessageContaining("made-up");
    }

    @Test
    void refuses_a_file_far_too_large_to_be_progress() {
        byte[] big = new byte[ProgressFile.MAX_BYTES + 1];
        assertThatThrownBy(() -> ProgressFile.read(big, COURSE, NOW)).hasMessageContaining("KB");
    }

    private static String file(String lessons) {
        return "{\"format\": \"kmslab-progress\", \"version\": 1, \"lessons\": [" + lessons + "]}";
    }

    private static List<LessonProgress> read(String text) throws ProgressFile.InvalidProgressFileException {
        return ProgressFile.read(text.getBytes(StandardCharsets.UTF_8), COURSE, NOW);
    }
}
