package org.kmslab.ui.classroom;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.kmslab.lessons.LessonCatalog;

/**
 * This instance's copy of the live class: the {@link Classroom} running now and which learner sits in which sandbox,
 * changed only by applying {@link ClassEntry}s in order. Applying an entry returns its result (whether an answer was
 * accepted) and tells {@code changes} what changed. Entries are checked before they are written, so applying one
 * never fails. Callers apply entries one at a time.
 */
final class ClassReplica {

    private final Clock clock;
    private final LessonCatalog catalog;
    private final PollQuestions questions;
    private final Consumer<ClassroomService.Change> changes;
    private final Map<String, String> accountOfToken = new ConcurrentHashMap<>();
    private final Map<String, String> tokenOfAccount = new ConcurrentHashMap<>();
    private volatile Classroom current;

    ClassReplica(Clock clock, LessonCatalog catalog, PollQuestions questions,
            Consumer<ClassroomService.Change> changes) {
        this.clock = clock;
        this.catalog = catalog;
        this.questions = questions;
        this.changes = changes;
    }

    Classroom current() {
        return current;
    }

    /** The sandbox account of a learner of the running class. */
    Optional<String> accountOf(String token) {
        Classroom classroom = current;
        return classroom == null || classroom.ended() ? Optional.empty()
                : Optional.ofNullable(accountOfToken.get(token));
    }

    /** The learner of the running class who works in {@code accountId}, if any. */
    Optional<String> tokenOf(String accountId) {
        return current == null ? Optional.empty() : Optional.ofNullable(tokenOfAccount.get(accountId));
    }

    Object apply(ClassEntry entry) {
        Classroom classroom = current;
        if (!"start".equals(entry.type()) && (classroom == null || classroom.ended())) {
            return Boolean.FALSE;
        }
        switch (entry.type()) {
            case "start" -> {
                endCurrent();
                current = new Classroom(entry.code(), clock, catalog::find);
                changes.accept(ClassroomService.Change.STARTED);
            }
            case "end" -> {
                endCurrent();
                changes.accept(ClassroomService.Change.ENDED);
            }
            case "move" -> {
                classroom.moveTo(new Classroom.Target(entry.lessonId(), entry.step()));
                changes.accept(ClassroomService.Change.TARGET);
            }
            case "poll" -> {
                questions.find(entry.lessonId()).ifPresent(classroom::startPoll);
                changes.accept(ClassroomService.Change.POLL);
            }
            case "reveal" -> {
                classroom.revealPoll();
                changes.accept(ClassroomService.Change.POLL);
            }
            case "close" -> {
                classroom.closePoll();
                changes.accept(ClassroomService.Change.POLL);
            }
            case "join" -> {
                if (!classroom.code().equals(entry.code())) {
                    return Boolean.FALSE;
                }
                classroom.add(entry.token(), entry.name(), Instant.ofEpochMilli(entry.at()));
                accountOfToken.put(entry.token(), entry.accountId());
                tokenOfAccount.put(entry.accountId(), entry.token());
                changes.accept(ClassroomService.Change.ROSTER);
            }
            case "follow" -> {
                classroom.follow(entry.token(), entry.flag());
                changes.accept(ClassroomService.Change.ROSTER);
            }
            case "position" -> {
                classroom.position(entry.token(), entry.lessonId(), entry.step(), Instant.ofEpochMilli(entry.at()));
                changes.accept(ClassroomService.Change.ROSTER);
            }
            case "answer" -> {
                boolean accepted = classroom.answer(entry.token(), Set.copyOf(entry.options()));
                if (accepted) {
                    changes.accept(ClassroomService.Change.POLL);
                }
                return accepted;
            }
            case "event" -> {
                classroom.record(entry.token(), entry.call().toEvent(entry.accountId(), entry.at()));
                changes.accept(ClassroomService.Change.ROSTER);
            }
            default -> {
                return Boolean.FALSE;
            }
        }
        return Boolean.TRUE;
    }

    private void endCurrent() {
        Classroom old = current;
        current = null;
        accountOfToken.clear();
        tokenOfAccount.clear();
        if (old != null) {
            old.end();
        }
    }
}
