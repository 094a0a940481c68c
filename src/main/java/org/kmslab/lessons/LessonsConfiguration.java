package org.kmslab.lessons;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads and validates the course at start-up: an invalid lesson stops the application with a message naming the file,
 * the line and the problem. Authors may point {@code kmslab.lessons-dir} at a folder that overrides the packaged
 * lessons.
 */
@Configuration(proxyBeanMethods = false)
class LessonsConfiguration {

    @Bean
    LessonCatalog lessonCatalog(@Value("${kmslab.lessons-dir:}") String lessonsDir) {
        LessonSource source = lessonsDir.isBlank()
                ? LessonSource.classpath()
                : LessonSource.directory(Path.of(lessonsDir).toAbsolutePath());
        return new LessonLoader(source).load();
    }
}
