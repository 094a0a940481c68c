package org.kmslab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kmslab.lessons.LessonCatalog;

/**
 * The live poll, instructor side: choose a question (those of the class's lesson first) and a time to answer, push it,
 * watch the answers arrive as bars and as a table with percentages (a live region says how many answered), then reveal
 * the right one with its explanation, or let the time limit reveal it. Until the reveal the right answer is not
 * marked. The room sees the poll on the projector screen ({@link ClassScreenView}), not here.
 */
class PollPanel extends Section {

    /** The poll's time limits to choose from, in seconds (Kahoot's quick 10 s included); 0 is no limit. */
    static final List<Integer> LIMITS = List.of(10, 20, 30, 60, 120, 0);

    private final ClassroomService classes;
    private final PollBoard board;
    private final LessonCatalog catalog;
    private final String secret;
    private final Select<PollQuestion> question = new Select<>();
    private final Select<Integer> limit = new Select<>();
    private final Div results = new Div();
    private final Paragraph count = new Paragraph();
    private final Button reveal = new Button("Reveal the answer");
    private final Button close = new Button("Close the poll");
    private String defaultedFor;

    PollPanel(ClassroomService classes, PollBoard board, LessonCatalog catalog, String secret) {
        this.classes = classes;
        this.board = board;
        this.catalog = catalog;
        this.secret = secret;
        getElement().setAttribute("aria-label", "Live poll");
        question.setLabel("Question");
        question.setId("poll-question");
        question.addClassName("kmslab-poll-question");
        question.setWidthFull();
        question.setItemLabelGenerator(q -> "[" + catalog.find(q.lessonId()).map(l -> l.title()).orElse(q.lessonId())
                + "] " + q.stem());
        limit.setLabel("Time to answer");
        limit.setId("poll-limit");
        limit.setItems(LIMITS);
        limit.setItemLabelGenerator(s -> s == 0 ? "No limit (reveal by hand)" : s + " seconds");
        limit.setValue(30);
        Button push = new Button("Push to the class", e -> {
            if (question.getValue() != null) {
                board.push(secret, question.getValue().id(), Duration.ofSeconds(limit.getValue()));
            }
        });
        push.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(e -> classes.reveal(secret));
        reveal.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        close.addClickListener(e -> classes.closePoll(secret));
        count.getElement().setAttribute("aria-live", "polite");
        HorizontalLayout actions = new HorizontalLayout(FlexComponent.Alignment.BASELINE, limit, push, reveal, close);
        actions.setWrap(true);
        add(new H3("Live poll"), question, actions, count, results);
    }

    void render() {
        if (classes.current(secret).isEmpty()) {
            return;
        }
        String lessonId = classes.current(secret).flatMap(Classroom::target).map(Classroom.Target::lessonId).orElse("");
        List<PollQuestion> all = classes.questions(secret).all().stream()
                .sorted(Comparator.comparing((PollQuestion q) -> !q.lessonId().equals(lessonId))
                        .thenComparing(q -> lessonOrder(q.lessonId())))
                .toList();
        PollQuestion selected = question.getValue();
        question.setItems(all);
        boolean lessonChanged = !lessonId.equals(defaultedFor);
        defaultedFor = lessonId;
        question.setValue(!lessonChanged && selected != null && all.contains(selected) ? selected
                : all.isEmpty() ? null : all.getFirst());

        Optional<Classroom.InstructorPoll> poll = classes.poll(secret);
        results.removeAll();
        reveal.setEnabled(poll.isPresent() && !poll.get().revealed());
        close.setEnabled(poll.isPresent());
        if (poll.isEmpty()) {
            count.setText("No poll is running.");
            return;
        }
        Classroom.InstructorPoll p = poll.get();
        int learners = classes.current(secret).map(Classroom::size).orElse(0);
        count.setText(p.tally().responders() + " of " + learners + " learners answered"
                + (p.revealed() ? ". The answer is revealed." : "."));
        Set<Integer> marked = p.revealed() ? p.question().correctOptions() : Set.of();
        results.add(new Paragraph(p.question().stem()),
                PollResults.bars(p.question().optionTexts(), p.tally(), marked),
                PollResults.table(p.question().optionTexts(), p.tally(), marked));
        if (p.revealed()) {
            UnorderedList why = new UnorderedList();
            why.getElement().setAttribute("aria-label", "Explanations");
            for (int i = 0; i < p.question().options().size(); i++) {
                PollQuestion.Option o = p.question().options().get(i);
                why.add(new ListItem(PollResults.letter(i) + (o.correct() ? " (right): " : ": ") + o.explanation()));
            }
            results.add(why);
        }
    }

    private int lessonOrder(String lessonId) {
        List<String> ids = catalog.lessons().stream().map(l -> l.id()).toList();
        int i = ids.indexOf(lessonId);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
