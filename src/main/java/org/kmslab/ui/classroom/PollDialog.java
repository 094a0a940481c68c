package org.kmslab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A learner's live poll: pick an answer and send it; after the instructor's reveal, see first whether it was right and
 * the right answer in full, then every option's explanation and how the class answered (as a table). Nothing of the
 * answer is in it before the reveal.
 */
class PollDialog extends Dialog {

    private final Function<Set<Integer>, Boolean> send;
    private final Div status = new Div();
    private String questionId;
    private boolean revealed;

    PollDialog(Function<Set<Integer>, Boolean> send) {
        this.send = send;
        setHeaderTitle("Poll");
        setWidth("40rem");
        setMaxWidth("95vw");
        status.getElement().setAttribute("role", "status");
        getFooter().add(new Button("Close", e -> close()));
    }

    String questionId() {
        return questionId;
    }

    boolean showsReveal() {
        return revealed;
    }

    /** Shows the poll; {@code deadline} is when the time to answer runs out, if the poll has a limit. */
    void show(Poll.LearnerPoll poll, Optional<Instant> deadline) {
        questionId = poll.questionId();
        revealed = poll.revealed();
        removeAll();
        status.removeClassNames("kmslab-poll-verdict", "kmslab-goal-met", "kmslab-error");
        if (poll.revealed()) {
            // The verdict first: after the reveal it is what the learner looks for, on a phone too.
            add(status, new Paragraph(poll.stem()));
            showReveal(poll);
        } else {
            deadline.ifPresent(d -> add(new PollCountdown(d, Instant.now())));
            add(new Paragraph(poll.stem()));
            showChoice(poll);
            add(status);
        }
        open();
        if (poll.revealed()) {
            status.scrollIntoView();
        }
    }

    private void showChoice(Poll.LearnerPoll poll) {
        List<Integer> indexes = IntStream.range(0, poll.options().size()).boxed().toList();
        Button submit = new Button("Send answer");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (poll.multiple()) {
            CheckboxGroup<Integer> choice = new CheckboxGroup<>("Choose all that apply");
            choice.setItems(new ListDataProvider<>(indexes));
            choice.setItemLabelGenerator(poll.options()::get);
            choice.setValue(poll.myAnswer());
            submit.addClickListener(e -> submit(new HashSet<>(choice.getValue())));
            add(choice);
        } else {
            RadioButtonGroup<Integer> choice = new RadioButtonGroup<>("Choose one answer");
            choice.setItems(indexes);
            choice.setItemLabelGenerator(poll.options()::get);
            poll.myAnswer().stream().findFirst().ifPresent(choice::setValue);
            submit.addClickListener(e -> submit(choice.getValue() == null ? Set.of() : Set.of(choice.getValue())));
            add(choice);
        }
        add(submit);
        status.setText(poll.myAnswer().isEmpty() ? "" : "Your answer is in. You can change it until the reveal.");
    }

    private void submit(Set<Integer> answer) {
        if (answer.isEmpty()) {
            status.setText("Choose an answer first.");
        } else if (send.apply(answer)) {
            status.setText("Answer sent. Wait for the instructor to reveal the right one.");
        } else {
            status.setText("Too late: this poll is closed or already revealed.");
        }
    }

    private void showReveal(Poll.LearnerPoll poll) {
        UnorderedList options = new UnorderedList();
        options.getElement().setAttribute("aria-label", "Answers with explanations");
        for (int i = 0; i < poll.options().size(); i++) {
            boolean right = poll.correct().contains(i);
            ListItem item = new ListItem((right ? "✓ Right: " : "✗ ") + PollResults.letter(i) + ". "
                    + poll.options().get(i) + (poll.myAnswer().contains(i) ? " (your answer)" : "") + " — "
                    + poll.explanations().get(i));
            item.setClassName("kmslab-goal-met", right);
            options.add(item);
        }
        add(options);
        poll.tally().ifPresent(t -> add(PollResults.table(poll.options(), t, poll.correct())));
        boolean mineRight = !poll.myAnswer().isEmpty() && poll.myAnswer().equals(poll.correct());
        status.setText(verdict(poll, mineRight));
        status.addClassName("kmslab-poll-verdict");
        status.setClassName("kmslab-goal-met", mineRight);
        status.setClassName("kmslab-error", !poll.myAnswer().isEmpty() && !mineRight);
    }

    /** "You were right", "yours was not the right one" or "you did not answer", then the right answer in full. */
    private static String verdict(Poll.LearnerPoll poll, boolean mineRight) {
        List<String> right = poll.correct().stream().sorted()
                .map(i -> PollResults.letter(i) + ". " + poll.options().get(i)).toList();
        String answer = (right.size() == 1 ? "The answer was " : "The answers were ") + String.join("; ", right);
        String mine = poll.myAnswer().isEmpty() ? "You did not answer." : mineRight ? "You were right."
                : "Yours was not the right one.";
        return mine + " " + answer + (answer.endsWith(".") ? "" : ".");
    }
}
