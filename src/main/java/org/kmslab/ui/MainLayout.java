package org.kmslab.ui;

import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.lesson.LessonView;

/**
 * The frame around every view: the product name and a navigation drawer listing the pages and the course.
 *
 * <p>The drawer is one server-side element whose content is set as HTML: the same {@code vaadin-side-nav} and
 * {@code vaadin-side-nav-item} elements {@link SideNav} would make (links the router follows, the current page marked
 * by the items themselves, reachable by Tab), but without a state node per item and per label on the server. Every
 * page of every session has the drawer, and its 21 items were about 45 of the 118 state nodes a lesson tab held. The
 * HTML is built once per catalog and shared by all sessions.
 */
@Uses(SideNav.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The pages listed above the course, path and label. */
    private static final List<Map.Entry<String, String>> PAGES = List.of(Map.entry("", "Home"),
            Map.entry("sandbox", "Sandbox"), Map.entry("quiz", "Quiz (exam prep)"),
            Map.entry("connect", "Use the AWS CLI"), Map.entry("audit", "Audit (CloudTrail)"),
            Map.entry("metrics", "Metrics (CloudWatch)"), Map.entry("class", "Teach a class"));

    /** The drawer's HTML for the last catalog seen (there is one per application). */
    private static volatile Drawer drawer;

    private record Drawer(LessonCatalog catalog, String html) {
    }

    public MainLayout(LessonCatalog catalog) {
        configureHeader();
        Nav nav = new Nav();
        nav.getElement().setAttribute("aria-label", "Site");
        nav.addClassNames(LumoUtility.Padding.SMALL, "kmslab-drawer");
        nav.getElement().setProperty("innerHTML", drawerHtml(catalog));
        addToDrawer(nav);
    }

    /**
     * A lesson needs the whole width for its step and its picture: the drawer starts closed there. On a phone the
     * drawer is an overlay over the page, so it never opens by itself (a learner who just joined a class would see
     * only the menu).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        setDrawerOpened(!isOverlay() && !(getContent() instanceof LessonView));
    }

    private void configureHeader() {
        H1 title = new H1("KMS Lab");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE);
        addToNavbar(new DrawerToggle(), title);
    }

    static String drawerHtml(LessonCatalog catalog) {
        Drawer d = drawer;
        if (d == null || d.catalog() != catalog) {
            d = new Drawer(catalog, buildDrawer(catalog));
            drawer = d;
        }
        return d.html();
    }

    /** Two side navs as {@link SideNav} makes them: the pages under "Main" and the lessons under "Lessons". */
    static String buildDrawer(LessonCatalog catalog) {
        Element main = sideNav("Main");
        PAGES.forEach(page -> main.appendChild(item(page.getValue(), page.getKey())));
        Element lessons = sideNav("Lessons");
        for (Lesson lesson : catalog.lessons()) {
            lessons.appendChild(item(lesson.title(), "lessons/" + lesson.id()));
        }
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.body().appendChild(main).appendChild(lessons);
        return doc.body().html();
    }

    /** A side nav with its visible label, which the element names itself by ({@code aria-labelledby}). */
    private static Element sideNav(String label) {
        Element nav = new Element("vaadin-side-nav");
        nav.appendElement("span").attr("slot", "label").text(label);
        return nav;
    }

    private static Element item(String label, String path) {
        Element item = new Element("vaadin-side-nav-item").attr("path", UrlUtil.encodeURI(path));
        // In a span of its own, so that a long title wraps (frontend/app.css) instead of being cut by an ellipsis.
        item.appendElement("span").addClass("kmslab-nav-label").text(label);
        return item;
    }
}
