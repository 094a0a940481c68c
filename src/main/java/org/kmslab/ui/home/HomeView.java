package org.kmslab.ui.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.lesson.LessonView;

/** The landing page: one sentence on KMS Lab, then the course in order. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("KMS Lab: learn AWS KMS by doing")
public class HomeView extends VerticalLayout {

    public HomeView(LessonCatalog catalog) {
        setMaxWidth("60rem");
        configureIntro(catalog);
        configureCourse(catalog);
    }

    private void configureIntro(LessonCatalog catalog) {
        H2 title = new H2(catalog.title());
        Paragraph intro = new Paragraph("Every button below calls a real KMS engine that behaves like AWS KMS: the "
                + "same operations, key states, errors and messages, with real AES-GCM encryption. Nothing is billed, "
                + "and nothing you do here can touch a real AWS account.");
        intro.addClassNames(LumoUtility.TextColor.SECONDARY);
        add(title, intro);
    }

    private void configureCourse(LessonCatalog catalog) {
        OrderedList list = new OrderedList();
        list.getElement().setAttribute("aria-label", "Lessons");
        for (Lesson lesson : catalog.lessons()) {
            RouterLink link = new RouterLink(LessonView.class, lesson.id());
            link.add(new H3(lesson.title()));
            Span minutes = new Span(lesson.minutes() + " min · " + lesson.steps().size() + " steps");
            minutes.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
            Div card = new Div(link, new Paragraph(lesson.summary()), minutes);
            card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderRadius.MEDIUM,
                    LumoUtility.Margin.Bottom.MEDIUM);
            list.add(new ListItem(card));
        }
        add(list);
    }
}
