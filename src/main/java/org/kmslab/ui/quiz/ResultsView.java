package org.kmslab.ui.quiz;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;

import org.kmslab.lessons.LessonCatalog;
import org.kmslab.quiz.Attempt;
import org.kmslab.quiz.ExamDomains;
import org.kmslab.quiz.Question;
import org.kmslab.quiz.QuizService;
import org.kmslab.quiz.Score;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.lesson.LessonView;

/**
 * The results of a finished attempt at {@code /quiz/results/<id>}: the score on the approximate exam scale, the
 * breakdown by domain and by topic with links from weak topics to their lessons, the wrong and flagged questions with
 * every explanation, a review of every question of the attempt (right ones too), and the history of all attempts.
 */
@Route(value = "quiz/results", layout = MainLayout.class)
public class ResultsView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** Topics scored below this percentage are listed as weak. */
    static final int WEAK_BELOW = 70;

    private final QuizService service;
    private final LessonCatalog catalog;
    private Attempt attempt;

    public ResultsView(QuizService service, LessonCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String attemptId) {
        try {
            attempt = service.attempt(attemptId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        if (!attempt.isSubmitted()) {
            event.forwardTo(AttemptView.class, attemptId);
            return;
        }
        removeAll();
        Score score = service.score(attemptId);
        configureSummary(score);
        configureDomains(score);
        configureTopics(score);
        configureReview();
        add(new H3("Your progress"), new HistoryChart(service.history(attempt.learner())),
                new RouterLink("Back to the quiz", QuizView.class));
    }

    @Override
    public String getPageTitle() {
        return "Results · KMS Lab";
    }

    private void configureSummary(Score score) {
        H2 title = new H2("Results: " + attempt.label());
        Paragraph scaled = new Paragraph("Scaled score " + score.scaled() + " of 1000: "
                + (score.passed() ? "pass" : "below the pass mark of 720") + ".");
        scaled.setId("quiz-score");
        scaled.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.BOLD,
                score.passed() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.ERROR);
        Paragraph raw = new Paragraph(score.correct() + " of " + score.total() + " correct (" + score.percent() + "%), "
                + score.answered() + " answered.");
        Paragraph note = new Paragraph(QuizTexts.SCALE_NOTE);
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(title, scaled, raw, note);
    }

    private void configureDomains(Score score) {
        add(new H3("By exam domain"));
        NativeTable table = table("Results by exam domain", "Domain", "Correct", "Share");
        NativeTableBody body = new NativeTableBody();
        score.byDomain().forEach((domain, tally) -> body.add(row(domain + ". " + ExamDomains.name(domain), tally)));
        table.add(body);
        add(table);
    }

    private void configureTopics(Score score) {
        add(new H3("By topic"));
        NativeTable table = table("Results by topic", "Topic", "Correct", "Share");
        NativeTableBody body = new NativeTableBody();
        score.byTopic().forEach((topic, tally) -> body.add(row(QuizTexts.topicTitle(catalog, topic), tally)));
        table.add(body);
        add(table);
        List<String> weak = score.weakTopics(WEAK_BELOW);
        if (weak.isEmpty()) {
            add(new Paragraph("No weak topics in this attempt: every topic is at " + WEAK_BELOW + "% or more."));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "Weak topics");
        for (String topic : weak) {
            String title = QuizTexts.topicTitle(catalog, topic);
            ListItem item = QuizTexts.lesson(catalog, topic)
                    .map(l -> new ListItem(new RouterLink("Study the lesson: " + title, LessonView.class, l.id())))
                    .orElseGet(() -> new ListItem(title + " (lesson coming soon)"));
            list.add(item);
        }
        add(new Paragraph("Topics below " + WEAK_BELOW + "%, weakest first:"), list);
    }

    private void configureReview() {
        List<String> review = attempt.wrongOrFlagged(service.bank());
        add(new H3("Wrong and flagged answers"));
        if (review.isEmpty()) {
            add(new Paragraph("Nothing to review: every answer was right and nothing was flagged."));
        } else {
            Button retry = new Button("Practise these " + review.size() + " again", e -> service
                    .startReview(attempt.learner(), attempt.id())
                    .ifPresent(a -> getUI().ifPresent(ui -> ui.navigate(AttemptView.class, a.id()))));
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(retry, questionList(review));
        }
        // Every question, the right ones too: a lucky guess needs its explanation as much as a wrong answer.
        Section all = new Section(new H3("Review every question"), new Paragraph("All " + attempt.size()
                + " questions in the order you saw them, each option explained, with the AWS pages behind it."),
                questionList(attempt.questionIds()));
        all.getElement().setAttribute("aria-label", "Review every question");
        add(all);
    }

    private Div questionList(List<String> ids) {
        Div list = new Div();
        for (String id : ids) {
            Question q = service.bank().get(id);
            int number = attempt.questionIds().indexOf(id) + 1;
            boolean flagged = attempt.isFlagged(id);
            List<AttemptPresenter.ShownOption> shown = shownOptions(q);
            Div body = new Div(new Paragraph(q.stem()));
            String verdict = service.feedback(attempt.id(), id).map(f -> {
                body.add(new FeedbackPanel(f, shown));
                if (f.inSandbox()) {
                    return f.correct() ? "right (solved in the sandbox)" : "not solved in the sandbox";
                }
                return f.correct() ? "right" : f.chosen().isEmpty() ? "not answered" : "wrong";
            }).orElse("not answered");
            Button report = new Button("Report a problem", e -> new ReportDialog(service, id).open());
            report.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            body.add(report);
            Span summary = new Span("Question " + number + ", " + verdict + (flagged ? " (flagged)" : "") + ": "
                    + QuizTexts.topicTitle(catalog, q.topic()));
            list.add(new Details(summary, body));
        }
        return list;
    }

    private List<AttemptPresenter.ShownOption> shownOptions(Question q) {
        List<Integer> order = attempt.optionOrder(q.id());
        return java.util.stream.IntStream.range(0, order.size()).mapToObj(i -> new AttemptPresenter.ShownOption(
                String.valueOf((char) ('A' + i)), q.options().get(order.get(i)).text(), order.get(i))).toList();
    }

    private static NativeTable table(String caption, String... headers) {
        NativeTable table = new NativeTable();
        table.getElement().setAttribute("aria-label", caption);
        table.setWidthFull();
        NativeTableRow head = new NativeTableRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            cell.addClassNames(LumoUtility.TextAlignment.LEFT);
            head.add(cell);
        }
        table.add(new NativeTableHeader(head));
        return table;
    }

    private static NativeTableRow row(String name, Score.Tally tally) {
        ProgressBar bar = new ProgressBar(0, 1, tally.ratio());
        bar.getElement().setAttribute("aria-label", name + ": " + tally.percent() + "%");
        HorizontalLayout share = new HorizontalLayout(bar, new Span(tally.percent() + "%"));
        share.setAlignItems(Alignment.CENTER);
        NativeTableRow row = new NativeTableRow();
        row.add(new NativeTableCell(name), new NativeTableCell(tally.correct() + " of " + tally.total()),
                new NativeTableCell(share));
        return row;
    }

}
