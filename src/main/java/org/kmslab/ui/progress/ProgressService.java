package org.kmslab.ui.progress;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kmslab.lessons.LessonCatalog;
import org.springframework.stereotype.Service;

/**
 * The current learner's progress: read and saved on the server under the learner id of their cookie
 * ({@link LearnerCookie}), exported and imported as a {@link ProgressFile}.
 */
@Service
public class ProgressService {

    private static final String SESSION_KEY = ProgressService.class.getName() + ".learner";

    private final ProgressStore store;
    private final LessonCatalog course;
    private final Clock clock = Clock.systemUTC();

    public ProgressService(ProgressStore store, LessonCatalog course) {
        this.store = store;
        this.course = course;
    }

    /** This browser's learner id: from its cookie, remembered in the Vaadin session. */
    public String learnerId() {
        VaadinSession session = VaadinSession.getCurrent();
        String id = session == null ? null : (String) session.getAttribute(SESSION_KEY);
        if (id == null) {
            VaadinRequest request = VaadinRequest.getCurrent();
            Object fromCookie = request == null ? null : request.getAttribute(LearnerCookie.ATTRIBUTE);
            id = fromCookie instanceof String s ? s : UUID.randomUUID().toString();
            if (session != null) {
                session.setAttribute(SESSION_KEY, id);
            }
        }
        return id;
    }

    /** Every lesson the learner has started, by lesson id. */
    public Map<String, LessonProgress> all() {
        return store.find(learnerId()).stream()
                .collect(Collectors.toMap(LessonProgress::lessonId, Function.identity(), (a, b) -> a));
    }

    /** The lesson the learner worked on last, if any. */
    public Optional<LessonProgress> latest() {
        return store.find(learnerId()).stream().findFirst();
    }

    public Optional<LessonProgress> lesson(String lessonId) {
        return Optional.ofNullable(all().get(lessonId));
    }

    public void save(String lessonId, String currentStep, Set<String> completedSteps) {
        store.save(learnerId(), new LessonProgress(lessonId, currentStep, completedSteps, clock.instant()));
    }

    public void forget(String lessonId) {
        store.delete(learnerId(), lessonId);
    }

    public byte[] export() {
        return ProgressFile.write(store.find(learnerId()), clock.instant());
    }

    /**
     * Reads a progress file and, only if all of it is valid, saves every lesson in it (lessons not in the file keep
     * their progress). Returns how many lessons were imported.
     */
    public int importFile(byte[] bytes) throws ProgressFile.InvalidProgressFileException {
        List<LessonProgress> lessons = ProgressFile.read(bytes, course, clock.instant());
        store.saveAll(learnerId(), lessons);
        return lessons.size();
    }

    /** When a file was exported, for messages. */
    Instant now() {
        return clock.instant();
    }
}
