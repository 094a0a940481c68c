package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.kmslab.e2e.QuizPracticeJourneyTest.inside;
import static org.kmslab.e2e.QuizPracticeJourneyTest.named;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.classroom.ClassroomService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue #18 on a phone: a learner with a 390x844 screen goes through every page (home, each lesson with a call made,
 * the sandbox with a call, a quiz run to its results and its review, the audit log with a record open, metrics, the
 * connect page, joining a class) and nothing scrolls sideways, neither the page nor a box of the content
 * ({@link PageHealth#sidewaysScrolls()}). Each view is pictured at {@code target/screenshots/phone-*.png}. The
 * properties are those of {@link ClassJourneyTest}, so the two share one application context.
 */
@TestPropertySource(properties = {"kmslab.instructor-secret=" + ClassJourneyTest.SECRET,
        "vaadin.devmode.devTools.enabled=false"})
class PhoneJourneyTest extends BrowserTest {

    static {
        // The machine is shared; under load a Vaadin page can take longer than Playwright's 5 s default.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    private static final LocatorAssertions.IsVisibleOptions COLD = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);

    @Autowired
    private LessonCatalog catalog;

    @Autowired
    private ClassroomService classes;

    /** Every view's sideways scrolling, so that one run names all of them. */
    private final List<String> problems = new ArrayList<>();

    @BeforeEach
    void phone() {
        problems.clear();
        page.setViewportSize(PageHealth.PHONE.width, PageHealth.PHONE.height);
    }

    @Test
    void every_lesson_with_a_call_made_fits_a_phone() {
        for (Lesson lesson : catalog.lessons()) {
            page.navigate(url("/lessons/" + lesson.id()));
            assertThat(page.locator(".kmslab-step-panel h3").first()).isVisible(COLD);
            if (page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Command").setExact(true))
                    .count() > 0) {
                run("aws kms create-key --description 'phone tour of " + lesson.id() + "'");
            }
            check("lesson-" + lesson.id());
        }
        // The state diagram with a transition drawn and the key card's long ARN.
        page.navigate(url("/lessons/key-states"));
        assertThat(page.locator(".kmslab-step-panel h3").first()).isVisible(COLD);
        String key = LessonPage.read(run("aws kms create-key --description 'phone state diagram'"),
                LessonPage.field("KeyId"));
        run("aws kms disable-key --key-id " + key);
        assertThat(page.locator("kms-key-state-machine .live")).containsText("went from Enabled to Disabled");
        check("lesson-key-states-disabled");
        assertNoneFound();
    }

    @Test
    void home_sandbox_audit_metrics_and_connect_fit_a_phone() {
        page.navigate(url("/"));
        assertThat(page.locator("h2").first()).isVisible(COLD);
        check("home");

        page.navigate(url("/sandbox"));
        assertThat(page.locator("h2").first()).isVisible(COLD);
        check("sandbox");
        run("aws kms create-key --description 'phone sandbox'");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.LOG).locator("pre").nth(1)).isVisible();
        check("sandbox-after-calls");

        page.navigate(url("/audit"));
        assertThat(page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("CreateKey")).first()).isVisible(COLD);
        check("audit");
        page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("CreateKey")).first()
                .click();
        assertThat(page.locator("pre[aria-label^='CloudTrail record of']")).isVisible();
        check("audit-record");

        for (String path : List.of("/metrics", "/connect", "/visualizer-gallery")) {
            page.navigate(url(path));
            assertThat(page.locator("h2").first()).isVisible(COLD);
            check(path.substring(1));
        }
        assertNoneFound();
    }

    @Test
    void a_quiz_run_its_results_and_its_review_fit_a_phone() {
        page.navigate(url("/quiz"));
        Locator exam = page.getByRole(AriaRole.REGION, named("Timed exam"));
        assertThat(exam).isVisible(COLD);
        check("quiz");
        exam.getByText("Short exam at the same pace").click();
        exam.getByLabel("Questions in a short exam").fill("3");
        exam.getByRole(AriaRole.BUTTON, inside("Start exam")).click();
        assertThat(page.getByText("Question 1 of 3")).isVisible();
        new QuizPage(page).chooseSomeAnswer();
        page.getByRole(AriaRole.BUTTON, named("Flag for review")).click();
        check("quiz-exam");
        page.getByRole(AriaRole.BUTTON, named("Submit exam")).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, inside("Submit")).click();

        assertThat(page.locator("#quiz-score")).containsText("Scaled score");
        Locator all = page.getByRole(AriaRole.REGION, named("Review every question"));
        all.locator("vaadin-details").first().click();
        assertThat(all.getByLabel("Why each option is right or wrong").first()).isVisible();
        check("quiz-results");

        page.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("again")).click();
        assertThat(page.getByRole(AriaRole.HEADING).filter(new Locator.FilterOptions()
                .setHasText("Review of wrong and flagged answers"))).isVisible();
        new QuizPage(page).chooseSomeAnswer();
        page.getByRole(AriaRole.BUTTON, named("Check answer")).click();
        assertThat(page.locator("[role=status]").filter(new Locator.FilterOptions().setHasText("References")))
                .isVisible();
        check("quiz-review");
        assertNoneFound();
    }

    @Test
    void joining_a_class_and_the_live_class_fit_a_phone() {
        String code = classes.start(ClassJourneyTest.SECRET).code();
        try {
            page.navigate(url("/class?code=" + code));
            assertThat(page.getByLabel("Class code")).hasValue(code);
            check("class-join");
            page.getByLabel("Your display name").fill("Phone learner");
            page.getByRole(AriaRole.BUTTON, named("Join the class")).click();
            assertThat(page.getByRole(AriaRole.REGION, named("Live class"))).containsText("Class " + code);
            check("class-learner");
        } finally {
            classes.end(ClassJourneyTest.SECRET);
        }
        assertNoneFound();
    }

    /** Runs a command in the page's console and returns its entry in the log. */
    private Locator run(String command) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Command").setExact(true)).fill(command);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run").setExact(true)).last().click();
        Locator newest = page.getByRole(AriaRole.LOG).locator("pre").first();
        assertThat(newest).containsText("$ " + command.substring(0, Math.min(60, command.length())));
        return newest;
    }

    /** Pictures the whole view as the phone lays it out and notes what scrolls sideways there. */
    private void check(String view) {
        for (String p : health.sidewaysScrolls()) {
            problems.add(view + ": " + p);
        }
        screenshot("phone-" + view);
    }

    private void assertNoneFound() {
        org.assertj.core.api.Assertions.assertThat(problems).as("what scrolls sideways at 390x844").isEmpty();
    }
}
