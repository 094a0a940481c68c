package org.kmslab.ui.quiz;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.quiz.Attempt;
import org.kmslab.quiz.ExamDomains;
import org.kmslab.quiz.HistoryPoint;
import org.kmslab.quiz.QuestionBank;
import org.kmslab.quiz.QuizService;
import org.kmslab.quiz.Selection;
import org.kmslab.ui.MainLayout;

/**
 * The quiz's home at {@code /quiz}: resume an unfinished attempt, today's spaced review, practice, a timed exam of the
 * real shape or shorter, a drill by domain, task or topic, and the history of past attempts.
 */
@Route(value = "quiz", layout = MainLayout.class)
@PageTitle("SAA-C03 quiz · KMS Lab")
public class QuizView extends VerticalLayout {

    private static final String ANY = "Any";

    private final QuizService service;
    private final LessonCatalog catalog;
    private final QuestionBank bank;

    public QuizView(QuizService service, LessonCatalog catalog) {
        this.service = service;
        this.catalog = catalog;
        this.bank = service.bank();
        setMaxWidth("60rem");
        configureIntro();
        configureResume();
        configureDailyReview();
        configurePractice();
        configureExam();
        configureDrill();
        configureHistory();
    }

    private void configureIntro() {
        H2 title = new H2("Quiz: AWS Certified Solutions Architect - Associate (SAA-C03)");
        Paragraph intro = new Paragraph(bank.size() + " original exam-style questions on AWS KMS and encryption, "
                + "from task 1.3 (data security controls) and wherever KMS appears in the other domains. Some are "
                + "hands-on: you answer them by doing the task in a sandbox.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, intro);
    }

    private void configureResume() {
        service.resumable(QuizTexts.LEARNER).ifPresent(attempt -> {
            Button resume = new Button("Resume", e -> open(attempt));
            resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(section("Pick up where you stopped", new Paragraph(attempt.label() + ": " + attempt.answeredCount()
                    + " of " + attempt.size() + " answered, at question " + (attempt.position() + 1) + "."), resume));
        });
    }

    private void configureDailyReview() {
        int due = service.dueToday(QuizTexts.LEARNER);
        Button start = new Button("Start daily review", e -> service.startDailyReview(QuizTexts.LEARNER)
                .ifPresentOrElse(this::open, () -> Notification.show("Nothing is due today.")));
        start.setEnabled(due > 0);
        Paragraph status = new Paragraph(due == 0 ? QuizTexts.nothingDue(service.nextReview(QuizTexts.LEARNER)) : due + (due == 1 ? " missed question is" : " missed questions are")
                + " due today.");
        status.setId("daily-review-status");
        add(section("Daily review", status, start));
    }

    private void configurePractice() {
        IntegerField count = count("Number of questions", 10);
        Button start = new Button("Start practice", e -> open(service.start(QuizTexts.LEARNER,
                Selection.practice(count.getValue() == null ? 10 : count.getValue()))));
        add(section("Practice", new Paragraph("One question at a time, shuffled, with every option explained as soon "
                + "as you check your answer."), row(count, start)));
    }

    private void configureExam() {
        RadioButtonGroup<String> length = new RadioButtonGroup<>("Exam length");
        String full = "Full exam: " + Selection.EXAM_QUESTIONS + " questions in 130 minutes";
        String shorter = "Short exam at the same pace (2 minutes a question)";
        length.setItems(full, shorter);
        length.setValue(full);
        IntegerField count = count("Questions in a short exam", 10);
        Button start = new Button("Start exam", e -> {
            int n = full.equals(length.getValue()) ? Selection.EXAM_QUESTIONS
                    : count.getValue() == null ? 10 : count.getValue();
            open(service.start(QuizTexts.LEARNER, Selection.exam(Math.min(n, bank.size()))));
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(section("Timed exam", new Paragraph("The real exam's shape: a visible timer, flags, a question navigator, "
                + "and a score only when you submit."), length, row(count, start)));
    }

    private void configureDrill() {
        Select<String> domain = new Select<>();
        domain.setLabel("Domain");
        List<String> domains = new ArrayList<>(List.of(ANY));
        bank.domains().forEach(d -> domains.add(d + ". " + ExamDomains.name(d)));
        domain.setItems(domains);
        domain.setValue(ANY);
        Select<String> task = new Select<>();
        task.setLabel("Task");
        List<String> tasks = new ArrayList<>(List.of(ANY));
        tasks.addAll(bank.tasks());
        task.setItems(tasks);
        task.setValue(ANY);
        Select<String> topic = new Select<>();
        topic.setLabel("Topic");
        List<String> topics = new ArrayList<>(List.of(ANY));
        topics.addAll(bank.topics());
        topic.setItems(topics);
        topic.setItemLabelGenerator(t -> ANY.equals(t) ? ANY : QuizTexts.topicTitle(catalog, t));
        topic.setValue(ANY);
        IntegerField count = count("Number of questions", 10);
        Button start = new Button("Start drill", e -> {
            Integer d = ANY.equals(domain.getValue()) ? null : Integer.parseInt(domain.getValue().substring(0, 1));
            String t = ANY.equals(task.getValue()) ? null : task.getValue();
            String tp = ANY.equals(topic.getValue()) ? null : topic.getValue();
            try {
                open(service.start(QuizTexts.LEARNER, Selection.drill(d, t, tp, count.getValue() == null ? 10
                        : count.getValue())));
            } catch (IllegalArgumentException ex) {
                Notification.show("No question matches that combination. Widen the filter.");
            }
        });
        HorizontalLayout filters = new HorizontalLayout(domain, task, topic);
        filters.setWrap(true);
        add(section("Drill", new Paragraph("Practice one exam domain, task statement or lesson topic."), filters,
                row(count, start)));
    }

    private void configureHistory() {
        List<HistoryPoint> history = service.history(QuizTexts.LEARNER);
        UnorderedList recent = new UnorderedList();
        recent.getElement().setAttribute("aria-label", "Recent results");
        history.reversed().stream().limit(10).forEach(p -> recent.add(new ListItem(new RouterLink(
                p.label() + ": " + p.scaled() + " (" + p.correct() + " of " + p.total() + ")", ResultsView.class,
                p.attemptId()))));
        Paragraph note = new Paragraph(QuizTexts.SCALE_NOTE);
        note.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        add(section("Your progress", new HistoryChart(history), recent, note,
                new RouterLink("Problem reports (for instructors)", ReportsView.class)));
    }

    private void open(Attempt attempt) {
        getUI().ifPresent(ui -> ui.navigate(AttemptView.class, attempt.id()));
    }

    private IntegerField count(String label, int value) {
        IntegerField count = new IntegerField(label);
        count.setMin(1);
        count.setMax(bank.size());
        count.setValue(value);
        count.setStepButtonsVisible(true);
        return count;
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        return row;
    }

    private static Section section(String title, com.vaadin.flow.component.Component... content) {
        Section section = new Section(new H3(title));
        section.add(content);
        section.getElement().setAttribute("aria-label", title);
        // Border-box: the full width includes the padding and border, so the box ends where the page's text does
        // (a content-box section stuck out 34 px past it, off the screen of a phone).
        section.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Margin.Bottom.MEDIUM, LumoUtility.BoxSizing.BORDER);
        section.setWidthFull();
        return section;
    }
}
