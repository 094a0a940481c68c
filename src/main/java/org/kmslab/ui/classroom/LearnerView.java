package org.kmslab.ui.classroom;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Anchor;
import org.kmslab.lessons.Lesson;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.MainLayout;

/**
 * A learner's waiting room at {@code /class/learner}, until the instructor opens a lesson: the class banner (which
 * takes them to the instructor's lesson as soon as there is one) and the course, to explore meanwhile.
 */
@Route(value = "class/learner", layout = MainLayout.class)
@PageTitle("Your class · KMS Lab")
public class LearnerView extends VerticalLayout implements BeforeEnterObserver {

    private final FollowBanner banner;


    public LearnerView(FollowBanner banner, LessonCatalog catalog) {
        this.banner = banner;
        setMaxWidth("60rem");
        add(banner, new H2("You are in the class"));
        if (!banner.isVisible()) {
            add(new Paragraph("You have not joined a class, or it has ended."), new RouterLink("Join a class", ClassView.class));
            return;
        }
        add(new Paragraph("Your screen follows the instructor's lesson and step. Your sandbox is your own: nobody "
                + "else sees your keys. Until the instructor starts, explore any lesson:"));
        UnorderedList lessons = new UnorderedList();
        lessons.getElement().setAttribute("aria-label", "Lessons");
        for (Lesson lesson : catalog.lessons()) {
            lessons.add(new ListItem(new Anchor("lessons/" + lesson.id(), lesson.title())));
        }
        add(lessons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        banner.followedLesson().ifPresent(lessonId -> event.forwardTo("lessons/" + lessonId));
    }
}
