package org.kmslab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.lessons.LessonLoader;
import org.kmslab.lessons.LessonSource;

/** The drawer is one element on the server, whatever the course holds, and lists every page and lesson. */
class MainLayoutTest {

    private final LessonCatalog catalog = new LessonLoader(LessonSource.classpath()).load();

    @Test
    void the_drawer_is_one_state_node_with_every_page_and_lesson_as_a_side_nav_item() {
        MainLayout layout = new MainLayout(catalog);
        Element drawer = layout.getElement().getChildren()
                .filter(e -> "drawer".equals(e.getAttribute("slot"))).findFirst().orElseThrow();
        assertThat(drawer.getTag()).isEqualTo("nav");
        assertThat(drawer.getAttribute("aria-label")).isEqualTo("Site");
        assertThat(drawer.getChildCount()).isZero();

        Document html = Jsoup.parseBodyFragment(drawer.getProperty("innerHTML"));
        List<String> paths = html.select("vaadin-side-nav-item").eachAttr("path");
        assertThat(paths).startsWith("", "sandbox", "quiz", "connect", "audit", "metrics", "class");
        assertThat(paths).containsAll(catalog.lessons().stream().map(l -> "lessons/" + l.id()).toList());
        assertThat(html.select("vaadin-side-nav > span[slot=label]").eachText()).containsExactly("Main", "Lessons");
        for (Lesson lesson : catalog.lessons()) {
            assertThat(html.select("vaadin-side-nav-item[path=lessons/" + lesson.id() + "]").text())
                    .isEqualTo(lesson.title());
        }
        // Built once per catalog: every session's drawer holds the same string.
        assertThat(new MainLayout(catalog).getElement().getChildren()
                .filter(e -> "drawer".equals(e.getAttribute("slot"))).findFirst().orElseThrow()
                .getProperty("innerHTML")).isSameAs(drawer.getProperty("innerHTML"));
    }

    @Test
    void a_title_is_text_never_markup() {
        Lesson first = catalog.lessons().get(0);
        LessonCatalog odd = new LessonCatalog(catalog.title(), List.of(withTitle(first, "Keys <b>& \"grants\"")));
        Document html = Jsoup.parseBodyFragment(MainLayout.buildDrawer(odd));
        assertThat(html.select("b")).isEmpty();
        assertThat(html.select("vaadin-side-nav-item[path=lessons/" + first.id() + "]").text())
                .isEqualTo("Keys <b>& \"grants\"");
    }

    private static Lesson withTitle(Lesson lesson, String title) {
        return new Lesson(lesson.id(), title, lesson.summary(), lesson.minutes(), lesson.workbench(),
                lesson.references(), lesson.steps(), lesson.solution());
    }
}
