package org.kmslab.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the bank files come from: the packaged {@code lessons/quiz/} folder or an author's folder on disk. */
public interface QuizSource {

    /** The bank files, as names relative to the quiz folder, sorted. */
    List<String> files();

    String read(String file);

    /** A human-readable location of a file, for error messages. */
    String describe(String file);

    static QuizSource directory(Path folder) {
        return new QuizSource() {
            @Override
            public List<String> files() {
                try (Stream<Path> list = Files.list(folder)) {
                    return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String read(String file) {
                try {
                    return Files.readString(folder.resolve(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String file) {
                return folder.resolve(file).toString();
            }
        };
    }
}
