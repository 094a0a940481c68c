package org.kmslab.lessons;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lesson as a given sandbox reads it. Authors write the AWS documentation's example account
 * {@link #AUTHORED} wherever a lesson names its own account (role ARNs in key policies and grants, CloudTrail
 * records); a learner whose sandbox is another account reads, types and replays that account instead, so every
 * sandbox can do every lesson. Only the account id changes: ids, visuals and references stay as written.
 */
final class LessonAccount {

    /** The account lessons are written in: the AWS documentation's example account. */
    static final String AUTHORED = "111122223333";

    private final String account;

    private LessonAccount(String account) {
        if (account == null || !account.matches("\\d{12}")) {
            throw new IllegalArgumentException("An account id is 12 digits: " + account);
        }
        this.account = account;
    }

    static Lesson render(Lesson lesson, String account) {
        if (AUTHORED.equals(account)) {
            return lesson;
        }
        LessonAccount to = new LessonAccount(account);
        return new Lesson(lesson.id(), to.text(lesson.title()), to.text(lesson.summary()), lesson.minutes(),
                lesson.workbench(), lesson.references(), lesson.steps().stream().map(to::step).toList(),
                lesson.solution().stream().map(to::action).toList());
    }

    private Lesson.Step step(Lesson.Step s) {
        return new Lesson.Step(s.id(), text(s.title()), text(s.markdown()), s.pitfall(), s.visual(),
                s.goal() == null ? null : goal(s.goal()), texts(s.hints()), text(s.notes()));
    }

    private Lesson.Goal goal(Lesson.Goal g) {
        return new Lesson.Goal(text(g.description()), g.events().stream().map(this::matcher).toList());
    }

    private Lesson.EventMatcher matcher(Lesson.EventMatcher m) {
        Map<String, String> params = new LinkedHashMap<>();
        m.params().forEach((name, value) -> params.put(name, text(value)));
        return new Lesson.EventMatcher(m.operation(), m.outcome(), m.errorCode(), params, m.region(), m.key());
    }

    private Lesson.SolutionAction action(Lesson.SolutionAction a) {
        return new Lesson.SolutionAction(a.action(), text(a.plaintext()), a.offset(), text(a.cli()), a.save(),
                a.expectError(), a.advanceClock());
    }

    private List<String> texts(List<String> values) {
        return values.stream().map(this::text).toList();
    }

    private String text(String value) {
        return value == null ? null : value.replace(AUTHORED, account);
    }
}
