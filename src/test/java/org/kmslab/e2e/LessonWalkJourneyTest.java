package org.kmslab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.ui.present.SolutionPlan;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every lesson done in the browser with its reference solution, as a learner who follows it would: each step's part
 * of the solution ({@link SolutionPlan}) typed in the console or pressed on the plaintext lab's buttons, the time
 * machine moved where the solution moves the clock, every goal seen met, and a screenshot of the window (1280x720) at
 * each step under target/screenshots/walk/ for a human to look through.
 */
class LessonWalkJourneyTest extends LessonJourney {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private LessonCatalog catalog;
    @Autowired
    private KmsGateway gateway;

    @BeforeEach
    void patientAssertions() {
        // Some solution commands take a while on a shared machine (a CloudHSM cluster issues its trust anchor).
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    /** Every lesson, or only those listed in {@code -Dkmslab.walk.lessons=id,id} (the whole walk takes minutes). */
    Stream<String> lessons() {
        List<String> only = List.of(System.getProperty("kmslab.walk.lessons", "").split(",")).stream()
                .map(String::strip).filter(id -> !id.isEmpty()).toList();
        return catalog.lessons().stream().map(Lesson::id).filter(id -> only.isEmpty() || only.contains(id));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void the_reference_solution_done_in_the_browser_meets_every_goal(String id) {
        Lesson authored = catalog.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
        open(id, authored.title());
        Lesson rendered = authored.inAccount(sandboxOf(page.context()).accountId());
        SolutionPlan plan = SolutionPlan.of(authored, gateway, sandboxOf(page.context()).externalKeyStores());
        Map<String, String> saved = new HashMap<>();

        List<Lesson.Step> steps = rendered.steps();
        for (int s = 0; s < steps.size(); s++) {
            for (int action : plan.actionsOf(s)) {
                perform(rendered.solution().get(action), saved);
            }
            Path shot = Path.of("target/screenshots/walk",
                    id + "-" + String.format("%02d", s + 1) + "-" + steps.get(s).id() + ".png");
            if (steps.get(s).hasGoal()) {
                try {
                    lesson.expectGoalMet();
                } catch (AssertionError unmet) {
                    page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
                    throw unmet;
                }
            }
            page.screenshot(new Page.ScreenshotOptions().setPath(shot));
            if (s < steps.size() - 1) {
                lesson.next();
                assertThat(lesson.position()).containsText("Step " + (s + 2) + " of");
            }
        }
        if (!id.equals(catalog.lessons().getLast().id())) {
            expectLastStepLeadsOn();
        }
        finish("walk-" + id);
    }

    private void perform(Lesson.SolutionAction action, Map<String, String> saved) {
        if (action.advanceClock() != null) {
            travel(action.advanceClock());
        }
        if (action.cli() != null) {
            String line = substitute(action.cli(), saved);
            Locator result = lesson.run(line);
            action.save().forEach((name, path) -> saved.put(name, read(result, path)));
        } else if (action.action() != null) {
            press(action);
        }
    }

    /** The time machine as a learner moves it: whole days in its field, anything shorter by its +20 minutes. */
    private void travel(Duration duration) {
        Locator clock = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Time machine"))
                .getByText(Pattern.compile("^Sandbox time:"));
        String before = clock.textContent();
        if (duration.toDays() > 0) {
            Locator days = page.getByRole(AriaRole.SPINBUTTON, new Page.GetByRoleOptions().setName("Days"));
            days.fill(Long.toString(duration.toDays() + (duration.minusDays(duration.toDays()).isZero() ? 0 : 1)));
            days.press("Enter");
        } else {
            lesson.button("Fast-forward 20 minutes").click();
        }
        assertThat(clock).not().hasText(before);
    }

    private void press(Lesson.SolutionAction action) {
        switch (action.action()) {
            case "CreateKey" -> lesson.button("Create KMS key").click();
            case "Encrypt" -> {
                page.getByLabel("Plaintext").fill(action.plaintext());
                lesson.button("Encrypt").click();
            }
            case "Decrypt" -> lesson.button("Decrypt").click();
            case "FlipByte" -> {
                page.getByLabel("Byte position to flip").fill(Integer.toString(action.offset()));
                lesson.button("Flip byte").click();
            }
            default -> throw new IllegalArgumentException("no button for " + action.action());
        }
        page.waitForLoadState();
    }

    private static String substitute(String line, Map<String, String> saved) {
        Matcher m = VARIABLE.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = saved.get(m.group(1));
            if (value == null) {
                throw new AssertionError("${" + m.group(1) + "} is used before it is saved in: " + line);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        return m.appendTail(sb).toString();
    }

    /**
     * A value a command printed (below its "$ command" line), by the solution's dotted path: in the JSON it printed,
     * with any line of the lab's around it, or, for a lab helper that prints plain lines, their first word with a hyphen
     * in it: the id or date a learner copies (lab date, lab cloudhsm create-cluster, lab xks create-key).
     */
    private static String read(Locator result, String path) {
        String text = result.textContent();
        String printed = text.substring(text.indexOf('\n') + 1);
        int start = printed.indexOf('{');
        if (start < 0) {
            return Stream.of(printed.split("[\\s,()]+")).filter(w -> w.contains("-")).findFirst()
                    .orElseThrow(() -> new AssertionError("no id or date in: " + text));
        }
        JsonNode value = JSON.readTree(printed.substring(start, printed.lastIndexOf('}') + 1))
                .at("/" + path.replace('.', '/'));
        if (value.isMissingNode() || value.isNull()) {
            throw new AssertionError("nothing at " + path + " in: " + text);
        }
        return value.asString();
    }
}
