package org.kmslab.ui.quiz;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.stream.Collectors;
import org.kmslab.quiz.Feedback;
import org.kmslab.quiz.Question;

/** The verdict on a checked question, every option's explanation in the order shown, and the AWS references. */
final class FeedbackPanel extends Div {

    FeedbackPanel(Feedback feedback, List<AttemptPresenter.ShownOption> shown) {
        getElement().setAttribute("role", "status");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Margin.Vertical.MEDIUM);
        Question q = feedback.question();
        String right = shown.stream().filter(o -> q.options().get(o.fileIndex()).correct())
                .map(AttemptPresenter.ShownOption::letter).collect(Collectors.joining(", "));
        Paragraph verdict = new Paragraph(verdict(feedback, right));
        verdict.addClassNames(LumoUtility.FontWeight.BOLD,
                feedback.correct() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        add(verdict);
        if (feedback.inSandbox()) {
            add(new Paragraph("The options the exam would offer, with why each is right or wrong:"));
        }

        UnorderedList explanations = new UnorderedList();
        explanations.getElement().setAttribute("aria-label", "Why each option is right or wrong");
        for (AttemptPresenter.ShownOption o : shown) {
            Question.Option option = q.options().get(o.fileIndex());
            boolean chosen = !feedback.inSandbox() && feedback.chosen().contains(o.fileIndex());
            Span head = new Span(o.letter() + ". " + (option.correct() ? "Correct" : "Incorrect")
                    + (chosen ? " (your choice)" : "") + ": ");
            head.addClassNames(LumoUtility.FontWeight.SEMIBOLD,
                    option.correct() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.BODY);
            ListItem item = new ListItem(head, new Span(option.explanation()));
            item.addClassNames(LumoUtility.Margin.Bottom.SMALL);
            explanations.add(item);
        }
        add(explanations);

        H4 refs = new H4("References");
        UnorderedList links = new UnorderedList();
        for (String url : q.references()) {
            Anchor a = new Anchor(url, url, AnchorTarget.BLANK);
            a.getElement().setAttribute("rel", "noopener");
            // A URL has no spaces: on a phone it breaks inside rather than widen the page.
            a.addClassName("kmslab-data-text");
            links.add(new ListItem(a));
        }
        add(refs, links);
    }

    static String verdict(Feedback feedback, String right) {
        if (feedback.inSandbox()) {
            return feedback.correct() ? "Correct: you solved it in your sandbox. In the exam the answer is " + right + "."
                    : "Missed: the task was not solved in the sandbox. In the exam the answer is " + right + ".";
        }
        return feedback.correct() ? "Correct." : feedback.chosen().isEmpty()
                ? "Not answered. The answer is " + right + "." : "Incorrect. The answer is " + right + ".";
    }
}
