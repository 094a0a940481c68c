package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.classroom.ClassroomService;
import org.kmslab.ui.classroom.PollQuestion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A live class: one instructor and three learners, each in a browser context of their own. The learners join by code,
 * follow a step change (one unfollows and rejoins), answer a poll, and see the reveal while the instructor watches the
 * answers arrive.
 */
@TestPropertySource(properties = {"kmslab.instructor-secret=" + ClassJourneyTest.SECRET,
        "vaadin.devmode.devTools.enabled=false"})
class ClassJourneyTest extends BrowserTest {

    static final String SECRET = "rehearsal-secret-42";

    @Autowired
    private ClassroomService classes;

    @Autowired
    private LessonCatalog catalog;

    private final List<BrowserContext> learnerContexts = new ArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void patientAssertions() {
        // Four browsers share two cores here: a Vaadin page may take longer than the default 5 s to come up.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterEach
    void closeLearners(org.junit.jupiter.api.TestInfo info) {
        int i = 0;
        for (BrowserContext context : learnerContexts) {
            for (Page p : context.pages()) {
                screenshot(p, "class-last-" + info.getTestMethod().orElseThrow().getName() + "-learner-" + i++);
            }
        }
        learnerContexts.forEach(BrowserContext::close);
        learnerContexts.clear();
        classes.current(SECRET).ifPresent(c -> classes.end(SECRET));
    }

    @Test
    void learners_join_by_code_follow_the_instructor_and_answer_a_poll() {
        Page instructor = page;
        instructor.setViewportSize(1280, 1700);
        instructor.navigate(url("/class?secret=" + SECRET));
        assertThat(instructor).hasURL(java.util.regex.Pattern.compile("/class$"));
        instructor.getByRole(AriaRole.BUTTON, named("Start a class")).click();
        Locator code = instructor.locator(".kmslab-join-code");
        assertThat(code).hasText(java.util.regex.Pattern.compile("^[A-Z2-9]{6}$"));
        String joinCode = code.textContent();
        assertThat(instructor.getByRole(AriaRole.IMG)).hasAttribute("alt",
                java.util.regex.Pattern.compile("QR code that opens .*/class\\?code=" + joinCode));

        Page ana = join(joinCode, "Ana");
        Page ben = join(joinCode, "Ben <script>alert(1)</script>");
        Page cleo = join(joinCode, "Cleo");
        assertThat(instructor.getByLabel("Learners")).containsText("Ben <script>alert(1)</script>");
        assertThat(instructor.getByText("3 learners in class, 0 stuck.")).isVisible();

        // Follow: the instructor opens a lesson, then moves a step; every learner's screen goes along.
        instructor.locator("#class-lesson").click();
        instructor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Key states and the key lifecycle")).click();
        for (Page learner : List.of(ana, ben, cleo)) {
            assertThat(learner.getByRole(AriaRole.HEADING, named("Key states and the key lifecycle"))).isVisible();
            assertThat(learner.getByText("Step 1 of 10", new Page.GetByTextOptions().setExact(false))).isVisible();
        }
        instructor.getByRole(AriaRole.BUTTON, named("Next step")).click();
        for (Page learner : List.of(ana, ben, cleo)) {
            assertThat(stepLine(learner)).containsText("Step 2 of 10");
        }

        // Cleo explores on her own, then rejoins.
        cleo.getByRole(AriaRole.BUTTON, named("Unfollow")).click();
        assertThat(cleo.getByRole(AriaRole.STATUS).filter(hasText("Exploring on your own"))).isVisible();
        instructor.getByRole(AriaRole.BUTTON, named("Next step")).click();
        assertThat(stepLine(ana)).containsText("Step 3 of 10");
        assertThat(stepLine(cleo)).containsText("Step 2 of 10");
        assertThat(instructor.getByLabel("Learners")).containsText("Exploring");
        cleo.getByRole(AriaRole.BUTTON, named("Rejoin the instructor")).click();
        assertThat(stepLine(cleo)).containsText("Step 3 of 10");
        screenshot(ana, "teaching-learner-follow");

        // The projector screen: a window of its own with nothing of the dashboard on it.
        Page screen = instructor.waitForPopup(() ->
                instructor.getByRole(AriaRole.LINK, named("Open the projector screen")).click());
        screen.setViewportSize(1280, 720);
        assertThat(screen.locator(".kmslab-join-code")).hasText(joinCode);
        assertThat(screen.getByText("3 learners joined")).isVisible();

        // Poll: the question of the class's lesson that the console offers first, revealed by hand.
        instructor.locator("#poll-limit").click();
        instructor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("No limit (reveal by hand)")).click();
        instructor.getByRole(AriaRole.BUTTON, named("Push to the class")).click();
        assertThat(instructor.getByText("0 of 3 learners answered.")).isVisible();
        assertThat(screen.getByText("0 of 3 answered")).isVisible();
        PollQuestion question = classes.poll(SECRET).orElseThrow().question();
        int right = question.correctOptions().iterator().next();
        int wrong = right == 0 ? 1 : 0;
        String explanation = question.options().get(right).explanation();
        for (Page learner : List.of(ana, ben, cleo)) {
            assertThat(learner.getByRole(AriaRole.DIALOG)).containsText(question.stem().substring(0, 40));
            assertThat(learner.content()).doesNotContain(explanation);
        }
        answer(ana, question, right);
        answer(ben, question, right);
        answer(cleo, question, wrong);
        assertThat(instructor.getByText("3 of 3 learners answered.")).isVisible();
        Locator table = instructor.getByLabel("Class answers");
        assertThat(table.locator("tbody tr").nth(right).locator("td").nth(1)).hasText("2");
        assertThat(table.locator("tbody tr").nth(wrong).locator("td").nth(1)).hasText("1");
        assertThat(table).not().containsText("(right)");
        assertThat(table.locator("tbody tr").nth(right).locator("td").nth(2)).hasText("67 %");
        assertThat(screen.getByText("3 of 3 answered")).isVisible();
        assertThat(screen.locator(".kmslab-class-screen-option")).hasCount(question.options().size());
        assertThat(screen.getByLabel("Class answers")).hasCount(0);
        screenshot("teaching-instructor-poll");

        instructor.getByRole(AriaRole.BUTTON, named("Reveal the answer")).click();
        assertThat(table).containsText("(right)");
        assertThat(ana.getByRole(AriaRole.DIALOG)).containsText(explanation);
        // The verdict, with the right answer in full, is the first thing each learner sees after the reveal: above the
        // explanations and the class's answers, in view without scrolling on a 1280x720 laptop and a 390 px phone.
        String rightAnswer = "The answer was " + (char) ('A' + right) + ". " + question.options().get(right).text();
        ana.setViewportSize(1280, 720);
        assertThat(cleo.getByRole(AriaRole.DIALOG)).containsText(explanation);
        assertThat(cleo.getByLabel("Class answers")).isVisible();
        for (Page learner : List.of(ana, cleo)) {
            Locator verdict = learner.getByRole(AriaRole.DIALOG).getByRole(AriaRole.STATUS);
            PresenterLayout.assertInView(learner, verdict);
            assertThat(verdict.boundingBox().y).as("the verdict above the explanations")
                    .isLessThan(learner.getByLabel("Answers with explanations").boundingBox().y);
            assertThat(verdict.boundingBox().y).as("the verdict above the class's answers")
                    .isLessThan(learner.getByLabel("Class answers").boundingBox().y);
        }
        screenshot(ana, "class-learner-reveal-1280x720");
        assertThat(ana.getByRole(AriaRole.DIALOG).getByRole(AriaRole.STATUS))
                .containsText("You were right. " + rightAnswer);
        assertThat(cleo.getByRole(AriaRole.DIALOG).getByRole(AriaRole.STATUS))
                .containsText("Yours was not the right one. " + rightAnswer);
        screenshot(cleo, "teaching-learner-reveal");
        screenshot("teaching-instructor-reveal");

        // The screen after the reveal: shares in percent, bars that fit their track, and the leaderboard.
        Locator screenTable = screen.getByLabel("Class answers");
        assertThat(screenTable.locator("tbody tr").nth(right)).containsText("(right)");
        assertThat(screenTable.locator("tbody tr").nth(right).locator("td").nth(2)).hasText("67 %");
        assertThat(screenTable.locator("tbody tr").nth(wrong).locator("td").nth(2)).hasText("33 %");
        Locator bars = screen.locator(".kmslab-poll-bar");
        for (int i = 0; i < question.options().size(); i++) {
            double fill = bars.nth(i).locator(".kmslab-poll-bar-fill").boundingBox().width;
            double track = bars.nth(i).locator(".kmslab-poll-bar-track").boundingBox().width;
            int votes = i == right ? 2 : i == wrong ? 1 : 0;
            assertThat(fill).as("bar of option " + i).isLessThanOrEqualTo(track);
            if (votes == 0) {
                assertThat(fill).as("no stub for an option nobody chose").isZero();
            }
        }
        Locator leaders = screen.getByRole(AriaRole.REGION, named("Leaderboard"));
        assertThat(leaders).containsText("Ana");
        assertThat(leaders.locator("tbody tr")).hasCount(3);
        assertThat(leaders.locator("tbody tr").last()).containsText("Cleo");
        assertThat(screen.getByText("stuck", new Page.GetByTextOptions().setExact(false))).hasCount(0);
        assertThat(screen.getByLabel("Learners")).hasCount(0);
        screen.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "class-screen-reveal-1280x720.png")));
        PresenterLayout.assertInView(screen, leaders);
        PresenterLayout.assertInView(screen, bars.last());
        PresenterLayout.assertNothingToScroll(screen, screen.locator(".kmslab-class-screen-stage"));
        screen.setViewportSize(1920, 1080);
        screen.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "class-screen-reveal-1920x1080.png")));
        assertThat(cleo.getByRole(AriaRole.BUTTON, named("See the poll's answer"))).isVisible();
        assertThat(cleo.getByRole(AriaRole.BUTTON, named("Answer the poll"))).hasCount(0);

        // A timed poll on the next question: the countdown runs on the screen and in the learner's poll, and at zero
        // the poll closes and reveals itself, with no click from the instructor.
        PollQuestion next = classes.questions(SECRET).ofLesson("key-states").stream()
                .filter(q -> !q.multiple() && !q.id().equals(question.id())).findFirst().orElseThrow();
        instructor.locator("#poll-question").click();
        String nextStem = next.stem().substring(0, Math.min(60, next.stem().length()));
        instructor.getByRole(AriaRole.OPTION).filter(hasText(nextStem)).click();
        assertThat(instructor.locator("#poll-question")).containsText(nextStem);
        instructor.locator("#poll-limit").click();
        instructor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("10 seconds").setExact(true)).click();
        instructor.getByRole(AriaRole.BUTTON, named("Push to the class")).click();
        Locator countdown = screen.getByRole(AriaRole.TIMER);
        assertThat(countdown).hasText(java.util.regex.Pattern.compile("^([1-9]|10)$"));
        // Read once the push has landed (the countdown is the new poll's): before, the old poll is still running.
        PollQuestion timed = classes.poll(SECRET).orElseThrow().question();
        assertThat(timed.id()).isEqualTo(next.id());
        int seen = Integer.parseInt(countdown.textContent().strip());
        if (seen > 1) {
            assertThat(countdown).hasText(java.util.regex.Pattern.compile("^[0-" + (seen - 1) + "]$"));
        }
        assertThat(ana.getByRole(AriaRole.DIALOG).getByRole(AriaRole.TIMER)).isVisible();
        screen.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "class-screen-countdown-1920x1080.png")));
        // Ana and Ben pick two different options; Cleo lets the time run out.
        int timedRight = timed.correctOptions().iterator().next();
        int timedOther = timedRight == 0 ? 1 : 0;
        answer(ana, timed, timedRight);
        answer(ben, timed, timedOther);
        Locator timedTable = screen.getByLabel("Class answers");
        assertThat(timedTable).hasCount(1, new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions()
                .setTimeout(30_000));
        assertThat(screen.getByRole(AriaRole.TIMER)).hasCount(0);
        assertThat(instructor.getByText("2 of 3 learners answered. The answer is revealed.")).isVisible();
        assertThat(ana.getByRole(AriaRole.DIALOG).getByRole(AriaRole.STATUS)).containsText("You were right.");
        assertThat(cleo.getByRole(AriaRole.DIALOG).getByRole(AriaRole.STATUS)).containsText("You did not answer.");
        assertThat(cleo.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Send answer"))).hasCount(0);
        assertThat(cleo.getByRole(AriaRole.BUTTON, named("Answer the poll"))).hasCount(0);
        assertThat(cleo.getByRole(AriaRole.BUTTON, named("See the poll's answer"))).isVisible();
        // The shares of a one-answer poll add up to 100; one vote of two is half the track, no vote draws nothing.
        int total = 0;
        for (int i = 0; i < timed.options().size(); i++) {
            String share = timedTable.locator("tbody tr").nth(i).locator("td").nth(2).textContent();
            total += Integer.parseInt(share.replace("%", "").strip());
        }
        assertThat(total).as("shares in percent add up").isEqualTo(100);
        Locator timedBars = screen.locator(".kmslab-poll-bar");
        for (int i = 0; i < timed.options().size(); i++) {
            double fill = timedBars.nth(i).locator(".kmslab-poll-bar-fill").boundingBox().width;
            double track = timedBars.nth(i).locator(".kmslab-poll-bar-track").boundingBox().width;
            if (i == timedRight || i == timedOther) {
                assertThat(fill).as("a 1-vote bar of option " + i).isGreaterThan(0).isLessThanOrEqualTo(track);
                assertThat(fill / track).as("one vote of two").isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
            } else {
                assertThat(fill).as("no stub for option " + i + " that nobody chose").isZero();
            }
        }
        screen.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "class-screen-timed-reveal-1920x1080.png")));
        // On a 1280x720 projector too the whole result shows, with nothing to scroll: the last bar and the leaderboard
        // are on the screen (this poll's options are long; its leaderboard adds a round).
        for (var size : PageHealth.LAPTOPS) {
            screen.setViewportSize(size.width, size.height);
            screen.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                    "class-screen-timed-reveal-" + size.width + "x" + size.height + ".png")));
            PresenterLayout.assertInView(screen, timedBars.last());
            PresenterLayout.assertInView(screen, screen.getByRole(AriaRole.REGION, named("Leaderboard")));
            PresenterLayout.assertNothingToScroll(screen, screen.locator(".kmslab-class-screen-stage"));
        }

        // The instructor presents the lesson: the presenter opens at the class's step, and its keys move the class.
        Page presenter = instructor.waitForPopup(() ->
                instructor.getByRole(AriaRole.LINK, named("Open the presenter view")).click());
        assertThat(presenter.locator(".kmslab-present-position")).hasText("Step 3 of 10");
        presenter.waitForFunction("() => customElements.get('kms-present-keys') !== undefined");
        presenter.keyboard().press("ArrowRight");
        for (Page learner : List.of(ana, ben, cleo)) {
            assertThat(stepLine(learner)).containsText("Step 4 of 10");
        }
        presenter.close();
    }

    /**
     * On the instructor's 1280x720 laptop the poll picker shows every question whole: the longest stem of the bank is
     * an option named by its full text, wrapped in the list and in the field once chosen, never cut by an ellipsis.
     */
    @Test
    void the_poll_picker_shows_each_question_whole() {
        page.navigate(url("/class?secret=" + SECRET));
        page.getByRole(AriaRole.BUTTON, named("Start a class")).click();
        PollQuestion longest = classes.questions(SECRET).all().stream()
                .max(java.util.Comparator.comparingInt(q -> q.stem().length())).orElseThrow();
        assertThat(longest.stem().length()).as("a stem longer than a line of the picker").isGreaterThan(150);
        String label = "[" + catalog.find(longest.lessonId()).orElseThrow().title() + "] " + longest.stem();

        page.locator("#poll-question").click();
        Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true));
        option.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots",
                "class-poll-picker-open-1280x720.png")));
        PresenterLayout.assertInView(page, option);
        assertThat(option).hasText(label);
        assertThat(cutWidth(option)).as("pixels of the option's text cut off").isLessThanOrEqualTo(1);
        option.click();

        Locator field = page.locator("#poll-question vaadin-select-value-button");
        assertThat(field).hasText(label);
        PresenterLayout.assertInView(page, field);
        assertThat(cutWidth(field)).as("pixels of the chosen question cut off").isLessThanOrEqualTo(1);
        assertThat(health.layoutProblems()).as("page health of the instructor's console").isEmpty();
        screenshot("class-poll-picker-chosen-1280x720");
    }

    /** How much wider than its box the element's content is (through its shadow DOM): 0 when nothing is cut. */
    private static double cutWidth(Locator element) {
        return ((Number) element.evaluate("""
                e => Math.max(0, ...[e, ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('*') : [])]
                    .filter(n => getComputedStyle(n).overflowX !== 'visible' || getComputedStyle(n).textOverflow === 'ellipsis')
                    .map(n => n.scrollWidth - n.clientWidth))""")).doubleValue();
    }

    @Test
    void a_learner_cannot_reach_the_instructor_console() {
        page.navigate(url("/class?secret=" + SECRET));
        page.getByRole(AriaRole.BUTTON, named("Start a class")).click();
        String joinCode = page.locator(".kmslab-join-code").textContent();

        Page eve = join(joinCode, "Eve");
        for (String path : List.of("/class", "/class?secret=guess", "/class?secret=" + joinCode)) {
            eve.navigate(url(path));
            assertThat(eve.getByRole(AriaRole.HEADING, named("Live class"))).isVisible();
            assertThat(eve.getByRole(AriaRole.BUTTON, named("Start a class"))).hasCount(0);
            assertThat(eve.getByRole(AriaRole.BUTTON, named("Push to the class"))).hasCount(0);
            assertThat(eve.getByRole(AriaRole.BUTTON, named("Next step"))).hasCount(0);
        }
        eve.getByLabel("Instructor secret").fill("not-it");
        eve.getByRole(AriaRole.BUTTON, named("Sign in as instructor")).click();
        assertThat(eve.getByText("That secret is not right.")).isVisible();
        assertThat(eve.getByRole(AriaRole.BUTTON, named("Start a class"))).hasCount(0);
        assertThat(classes.current(SECRET)).isPresent();
        assertThat(classes.current(SECRET).orElseThrow().code()).isEqualTo(joinCode);
    }

    @Test
    void a_wrong_code_is_said_beside_the_field_and_gone_after_a_good_join() {
        page.navigate(url("/class?secret=" + SECRET));
        page.getByRole(AriaRole.BUTTON, named("Start a class")).click();
        String joinCode = page.locator(".kmslab-join-code").textContent();

        Page learner = learnerPage(390, 844);
        learner.navigate(url("/class"));
        learner.getByLabel("Class code").fill("ZZZZZZ");
        learner.getByLabel("Your display name").fill("Dana");
        learner.getByRole(AriaRole.BUTTON, named("Join the class")).click();
        assertThat(learner.getByText("There is no class with that code.", new Page.GetByTextOptions()
                .setExact(false)).first()).isVisible();
        learner.getByLabel("Class code").fill(joinCode);
        learner.getByRole(AriaRole.BUTTON, named("Join the class")).click();
        assertThat(learner.getByRole(AriaRole.REGION, named("Live class"))).containsText("Class " + joinCode);
        // (Vaadin's screen-reader announcer outside the layout may still hold the words; nothing on the page does.)
        assertThat(learner.locator("vaadin-app-layout").getByText("There is no class with that code.",
                new Locator.GetByTextOptions().setExact(false))).hasCount(0);
        assertThat(learner.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setVisible(true)))
                .hasCount(0);
        PresenterLayout.assertInView(learner, learner.getByRole(AriaRole.REGION, named("Live class")));
        screenshot(learner, "class-learner-joined-390");
    }

    private Page learnerPage(int width, int height) {
        Browser browser = page.context().browser();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        learnerContexts.add(context);
        return context.newPage();
    }

    private Page join(String code, String name) {
        Page learner = learnerPage(name.startsWith("Cleo") ? 390 : 1280, name.startsWith("Cleo") ? 844 : 900);
        learner.navigate(url("/class?code=" + code));
        assertThat(learner.getByLabel("Class code")).hasValue(code);
        learner.getByLabel("Your display name").fill(name);
        learner.getByRole(AriaRole.BUTTON, named("Join the class")).click();
        assertThat(learner.getByRole(AriaRole.REGION, named("Live class"))).containsText("Class " + code);
        return learner;
    }

    private static void answer(Page learner, PollQuestion question, int option) {
        Locator dialog = learner.getByRole(AriaRole.DIALOG);
        String text = question.options().get(option).text();
        AriaRole role = question.multiple() ? AriaRole.CHECKBOX : AriaRole.RADIO;
        dialog.getByRole(role, new Locator.GetByRoleOptions().setName(text).setExact(true)).check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send answer")).click();
        assertThat(dialog.getByRole(AriaRole.STATUS)).containsText("Answer sent");
    }

    private static Locator stepLine(Page learner) {
        return learner.getByText(java.util.regex.Pattern.compile("^Step \\d+ of \\d+"));
    }

    private static Locator.FilterOptions hasText(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    private void screenshot(Page other, String name) {
        other.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target/screenshots", name + ".png"))
                .setFullPage(true));
    }
}
