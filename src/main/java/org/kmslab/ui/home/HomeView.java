package org.kmslab.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Map;
import java.util.Optional;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.lesson.LessonView;
import org.kmslab.ui.progress.LessonProgress;
import org.kmslab.ui.progress.ProgressService;

/**
 * The landing page: one sentence on KMS Lab, where to continue, then the course in order with each lesson's progress,
 * and the learner's progress as a file to take elsewhere.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("KMS Lab: learn AWS KMS by doing")
public class HomeView extends VerticalLayout {

    private final LessonCatalog catalog;
    private final ProgressService progress;
    private final OrderedList course = new OrderedList();
    private final Div resume = new Div();

    public HomeView(LessonCatalog catalog, ProgressService progress) {
        this.catalog = catalog;
        this.progress = progress;
        setMaxWidth("60rem");
        configureIntro();
        course.getElement().setAttribute("aria-label", "Lessons");
        course.addClassName("kmslab-course");
        add(resume, new H2("The course"), course, new ProgressTransfer(progress, this::refresh));
        refresh();
    }

    private void configureIntro() {
        H2 title = new H2(catalog.title());
        Paragraph intro = new Paragraph("Every button and command here calls a real KMS engine that behaves like AWS "
                + "KMS: the same operations, key states, errors and messages, with real AES-GCM encryption. Nothing is "
                + "billed, and nothing you do here can touch a real AWS account.");
        Paragraph how = new Paragraph("Each lesson is a list of short steps. Read the step on the left, do what it asks "
                + "in the workbench under it (buttons in the first lesson, AWS CLI commands after that), and watch "
                + "the picture on the right show what really happened. A step with a goal is done when the sandbox shows you did it, "
                + "however you got there; hints are there when you are stuck. Your progress is saved as you go.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        how.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, intro, how);
    }

    private void refresh() {
        Map<String, LessonProgress> saved = progress.all();
        showResume(saved);
        course.removeAll();
        int number = 1;
        for (Lesson lesson : catalog.lessons()) {
            course.add(new ListItem(card(number++, lesson, Optional.ofNullable(saved.get(lesson.id())))));
        }
    }

    private void showResume(Map<String, LessonProgress> saved) {
        resume.removeAll();
        resume.addClassName("kmslab-resume");
        Optional<Lesson> next = progress.latest().flatMap(p -> catalog.find(p.lessonId()))
                .filter(l -> !finished(l, saved.get(l.id())))
                .or(() -> catalog.lessons().stream().filter(l -> !finished(l, saved.get(l.id()))).findFirst());
        if (next.isEmpty()) {
            resume.add(new Paragraph("You have done every step of the course. Well done! Any lesson can be taken "
                    + "again; Reset lesson inside it starts it afresh."));
            return;
        }
        Lesson lesson = next.get();
        LessonProgress p = saved.get(lesson.id());
        String label = p == null ? "Start the course: " + lesson.title()
                : "Resume: " + lesson.title() + ", step " + (stepIndex(lesson, p.currentStep()) + 1);
        RouterLink link = new RouterLink(label, LessonView.class, lesson.id());
        link.addClassName("kmslab-resume-link");
        resume.add(link);
    }

    private Div card(int number, Lesson lesson, Optional<LessonProgress> saved) {
        RouterLink link = new RouterLink(LessonView.class, lesson.id());
        link.add(new H3(number + ". " + lesson.title()));
        int total = lesson.steps().size();
        long done = saved.map(p -> p.completedSteps().stream()
                .filter(id -> stepIndex(lesson, id) >= 0).count()).orElse(0L);
        Span meta = new Span(lesson.minutes() + " min · " + total + " steps · " + status(lesson, saved, done));
        meta.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        ProgressBar bar = new ProgressBar(0, total, done);
        bar.getElement().setAttribute("aria-label", lesson.title() + ": " + done + " of " + total + " steps done");
        Div card = new Div(link, new Paragraph(lesson.summary()), meta, bar);
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                LumoUtility.Margin.Bottom.MEDIUM);
        return card;
    }

    private static String status(Lesson lesson, Optional<LessonProgress> saved, long done) {
        if (saved.isEmpty()) {
            return "not started";
        }
        if (done == lesson.steps().size()) {
            return "✓ done";
        }
        return done + " of " + lesson.steps().size() + " done, at step " + (stepIndex(lesson, saved.get().currentStep()) + 1);
    }

    private static boolean finished(Lesson lesson, LessonProgress p) {
        return p != null && lesson.steps().stream().allMatch(s -> p.completedSteps().contains(s.id()));
    }

    private static int stepIndex(Lesson lesson, String stepId) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).id().equals(stepId)) {
                return i;
            }
        }
        return 0;
    }
}
