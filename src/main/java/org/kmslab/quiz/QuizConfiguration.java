package org.kmslab.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads and validates the question bank at start-up (an invalid bank stops the application with a message naming the
 * file, the question and the problem) and wires the quiz service to the application's database. Authors who set
 * {@code kmslab.lessons-dir} get the bank from its {@code quiz/} folder.
 */
@Configuration(proxyBeanMethods = false)
class QuizConfiguration {

    @Bean
    QuestionBank questionBank(LessonCatalog catalog, @Value("${kmslab.lessons-dir:}") String lessonsDir) {
        QuizSource source = lessonsDir.isBlank()
                ? classpath()
                : QuizSource.directory(Path.of(lessonsDir).toAbsolutePath().resolve("quiz"));
        return new QuestionBankLoader(source, knownTopics(catalog), topicOrder(catalog)).load();
    }

    /** Uses the application's {@link Clock} bean when there is one (tests may fix time), else the system clock. */
    @Bean
    QuizService quizService(QuestionBank bank, DataSource dataSource, ObjectProvider<Clock> clock,
                            LessonCatalog catalog) {
        SecureRandom random = new SecureRandom();
        return new QuizService(bank, new JdbcQuizStore(JdbcClient.create(dataSource)),
                clock.getIfAvailable(Clock::systemDefaultZone), random::nextLong,
                id -> catalog.find(id).map(l -> l.title()).orElse(id));
    }

    /** Lesson ids that exist, plus the planned ones not written yet. */
    static Set<String> knownTopics(LessonCatalog catalog) {
        Set<String> topics = new LinkedHashSet<>();
        catalog.lessons().stream().map(Lesson::id).forEach(topics::add);
        topics.addAll(QuizTopics.PLANNED);
        return topics;
    }

    static List<String> topicOrder(LessonCatalog catalog) {
        List<String> order = new ArrayList<>(catalog.lessons().stream().map(Lesson::id).toList());
        QuizTopics.PLANNED.stream().filter(t -> !order.contains(t)).forEach(order::add);
        return order;
    }

    /** The bank packaged under {@code lessons/quiz/}, in the jar or in target/classes. */
    static QuizSource classpath() {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources("classpath*:lessons/quiz/*.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Resource> files = Arrays.stream(resources)
                .sorted((a, b) -> Objects.requireNonNull(a.getFilename()).compareTo(Objects.requireNonNull(b.getFilename())))
                .toList();
        return new QuizSource() {
            @Override
            public List<String> files() {
                return files.stream().map(Resource::getFilename).toList();
            }

            @Override
            public String read(String file) {
                try {
                    return find(file).getContentAsString(StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public String describe(String file) {
                return "lessons/quiz/" + file;
            }

            private Resource find(String file) {
                return files.stream().filter(r -> file.equals(r.getFilename())).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no bank file " + file));
            }
        };
    }
}
