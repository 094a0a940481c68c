package org.kmslab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where lesson files come from: the folder packaged in the jar (classpath {@code lessons/}) or an author's folder on
 * disk, which overrides the packaged one. Paths are relative to the lessons root, with forward slashes.
 */
public interface LessonSource {

    /** The text of a file, or empty when it does not exist. */
    Optional<String> read(String relativePath);

    /** A human-readable location of a file, for error messages. */
    String describe(String relativePath);

    static LessonSource classpath() {
        return new LessonSource() {
            @Override
            public Optional<String> read(String relativePath) {
                try (InputStream in = LessonSource.class.getClassLoader().getResourceAsStream("lessons/" + relativePath)) {
                    return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return "lessons/" + relativePath;
            }
        };
    }

    static LessonSource directory(Path root) {
        return new LessonSource() {
            @Override
            public Optional<String> read(String relativePath) {
                Path file = root.resolve(relativePath).normalize();
                if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readString(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String relativePath) {
                return root.resolve(relativePath).toString();
            }
        };
    }
}
