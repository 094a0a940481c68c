package org.kmslab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonLoaderTest {

    @Test
    void every_packaged_lesson_validates_and_loads_in_index_order() {
        LessonCatalog catalog = new LessonLoader(LessonSource.classpath()).load();
        assertThat(catalog.lessons()).isNotEmpty();
        assertThat(catalog.lessons().getFirst().id()).isEqualTo("plaintext-vs-ciphertext");
        catalog.lessons().forEach(lesson -> {
            assertThat(lesson.steps()).allSatisfy(step -> assertThat(step.markdown()).isNotBlank());
            assertThat(lesson.solution()).isNotEmpty();
        });
    }

    @Test
    void a_lesson_breaking_the_schema_is_refused_with_file_line_and_problem(@TempDir Path root) throws IOException {
        copyFixture("bad-step", root);
        assertThatThrownBy(() -> new LessonLoader(LessonSource.directory(root)).load())
                .isInstanceOf(InvalidLessonException.class)
                .satisfies(e -> {
                    InvalidLessonException bad = (InvalidLessonException) e;
                    assertThat(bad.file()).endsWith("bad-step/lesson.yaml");
                    assertThat(bad.line()).isEqualTo(15);
                    assertThat(bad.problem()).contains("title");
                    assertThat(bad.getMessage()).contains("lesson.yaml:15:");
                });
    }

    @Test
    void a_step_naming_a_missing_markdown_file_is_refused(@TempDir Path root) throws IOException {
        copyFixture("bad-step", root);
        Path lesson = root.resolve("bad-step/lesson.yaml");
        Files.writeString(lesson, Files.readString(lesson).replace("    title: x\n", "    title: Fine title\n"));
        assertThatThrownBy(() -> new LessonLoader(LessonSource.directory(root)).load())
                .isInstanceOf(InvalidLessonException.class)
                .hasMessageContaining("steps/missing.md does not exist")
                .hasMessageContaining("lesson.yaml:12:");
    }

    @Test
    void yaml_syntax_errors_name_their_line(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("index.yaml"), "title: Course\nlessons:\n  - a\n bad: [\n");
        assertThatThrownBy(() -> new LessonLoader(LessonSource.directory(root)).load())
                .isInstanceOf(InvalidLessonException.class)
                .hasMessageContaining("index.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void a_listed_lesson_without_a_folder_is_refused(@TempDir Path root) throws IOException {
        Files.writeString(root.resolve("index.yaml"), "title: Course\nlessons:\n  - nowhere\n");
        assertThatThrownBy(() -> new LessonLoader(LessonSource.directory(root)).load())
                .hasMessageContaining("index.yaml:3:")
                .hasMessageContaining("nowhere/lesson.yaml does not exist");
    }

    private static void copyFixture(String id, Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve(id));
        try (var in = LessonLoaderTest.class.getResourceAsStream("/fixtures/" + id + ".yaml")) {
            Files.write(dir.resolve("lesson.yaml"), in.readAllBytes());
        }
        Files.writeString(root.resolve("index.yaml"), "title: Test course\nlessons:\n  - " + id + "\n");
    }
}
