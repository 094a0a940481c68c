package org.kmslab.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.lesson.LessonView;

/** The frame around every view: the product name and a navigation drawer listing the course. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public MainLayout(LessonCatalog catalog) {
        configureHeader();
        configureDrawer(catalog);
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

    private void configureDrawer(LessonCatalog catalog) {
        SideNav nav = new SideNav();
        nav.setLabel("Main");
        nav.addItem(new SideNavItem("Home", ""));
        nav.addItem(new SideNavItem("Sandbox", "sandbox"));
        nav.addItem(new SideNavItem("Quiz (exam prep)", "quiz"));
        nav.addItem(new SideNavItem("Use the AWS CLI", "connect"));
        nav.addItem(new SideNavItem("Audit (CloudTrail)", "audit"), new SideNavItem("Metrics (CloudWatch)", "metrics"));
        nav.addItem(new SideNavItem("Teach a class", "class"));
        SideNav lessons = new SideNav("Lessons");
        for (Lesson lesson : catalog.lessons()) {
            lessons.addItem(new SideNavItem(lesson.title(), "lessons/" + lesson.id()));
        }
        Nav wrapper = new Nav(nav, lessons);
        wrapper.getElement().setAttribute("aria-label", "Site");
        wrapper.addClassNames(LumoUtility.Padding.SMALL);
        addToDrawer(wrapper);
    }
}
