package org.kmslab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.KmsEngine;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;
import org.kmslab.lessons.PlaintextLab;

/** The step panel updates in place: a step change or a call sets what differs and leaves the rest of the tree alone. */
class StepPanelTest {

    private static final Runnable NOTHING = () -> { };

    private LessonPresenter presenter;
    private PlaintextLab lab;
    private StepPanel panel;

    @BeforeEach
    void setUp() {
        presenter = new LessonPresenter(new LessonLoader(LessonSource.classpath()).loadLesson("plaintext-vs-ciphertext"));
        KmsEngine engine = new KmsEngine("111122223333", "us-east-1", EngineClock.system());
        engine.addListener(presenter::record);
        lab = new PlaintextLab(engine, Caller.root("111122223333", CallSource.LESSON));
        panel = new StepPanel(NOTHING, NOTHING, NOTHING, NOTHING, NOTHING);
        panel.show(presenter, "Finish: back to the course");
    }

    @Test
    void a_step_change_sets_the_title_and_prose_of_the_same_elements() {
        Div body = (Div) panel.getComponentAt(1);
        Component title = body.getComponentAt(0);
        Component prose = body.getComponentAt(1);
        String firstHtml = prose.getElement().getProperty("innerHTML");

        presenter.next();
        panel.show(presenter, "Finish: back to the course");

        assertThat(body.getComponentCount()).isEqualTo(2);
        assertThat(body.getComponentAt(0)).isSameAs(title);
        assertThat(body.getComponentAt(1)).isSameAs(prose);
        assertThat(title.getElement().getText()).isEqualTo("Make a KMS key");
        assertThat(prose.getElement().getProperty("innerHTML")).isNotEqualTo(firstHtml)
                .isEqualTo(Markdown.body(presenter.currentStep().markdown()));
        assertThat(prose.getElement().getClassList()).containsExactly(Markdown.BODY_CLASS);
    }

    @Test
    void a_met_goal_changes_the_goal_text_and_keeps_the_hints_the_learner_opened() {
        presenter.next();
        panel.show(presenter, "Finish: back to the course");
        assertThat(descendants(panel.getElement(), "vaadin-details")).isZero();
        presenter.revealHint();
        panel.showHints(presenter);
        assertThat(descendants(panel.getElement(), "vaadin-details")).isOne();
        Element goal = find(panel.getElement(), "kmslab-goal");
        Element goalText = goal.getChild(0);
        Element hint = find(panel.getElement(), "kmslab-hints").getChild(0);
        assertThat(goalText.getText()).startsWith("Goal: ");

        lab.createKey();
        panel.show(presenter, "Finish: back to the course");

        assertThat(goal.getChild(0)).isEqualTo(goalText);
        assertThat(goalText.getText()).startsWith("✓ Goal met: ");
        assertThat(find(panel.getElement(), "kmslab-hints").getChild(0)).isEqualTo(hint);
        assertThat(find(panel.getElement(), "kmslab-hint-box").getProperty("opened", true)).isFalse();
    }

    @Test
    void the_way_on_is_made_on_the_last_step_only() {
        assertThat(buttonTexts()).doesNotContain("Finish: back to the course");
        while (!presenter.isLast()) {
            presenter.next();
        }
        panel.show(presenter, "Finish: back to the course");
        assertThat(buttonTexts()).contains("Finish: back to the course");
    }

    private Stream<String> buttonTexts() {
        return all(panel.getElement()).filter(e -> "vaadin-button".equals(e.getTag())).filter(Element::isVisible)
                .map(Element::getText);
    }

    private static long descendants(Element root, String tag) {
        return all(root).filter(e -> tag.equals(e.getTag())).count();
    }

    private static Element find(Element root, String className) {
        return all(root).filter(e -> e.getClassList().contains(className)).findFirst().orElseThrow();
    }

    private static Stream<Element> all(Element root) {
        return root.isTextNode() ? Stream.empty()
                : Stream.concat(Stream.of(root), root.getChildren().flatMap(StepPanelTest::all));
    }
}
