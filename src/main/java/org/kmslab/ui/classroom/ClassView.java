package org.kmslab.ui.classroom;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import org.kmslab.lessons.LessonCatalog;
import org.kmslab.ui.MainLayout;

/**
 * {@code /class}: learners join a class with its code and a display name; the instructor signs in with the secret
 * (or arrives once with {@code ?secret=}, which is then dropped from the address) and gets the class console.
 */
@Route(value = "class", layout = MainLayout.class)
@PageTitle("Teach a class · KMS Lab")
@StyleSheet("context://kmslab/present.css")
public class ClassView extends VerticalLayout implements BeforeEnterObserver {

    private final ClassroomService classes;
    private final LessonCatalog catalog;
    private final PollBoard board;
    private final JoinInfo join;

    public ClassView(ClassroomService classes, LessonCatalog catalog, PollBoard board, JoinInfo join) {
        this.classes = classes;
        this.catalog = catalog;
        this.board = board;
        this.join = join;
        setMaxWidth("90rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = event.getUI().getSession();
        List<String> secret = event.getLocation().getQueryParameters().getParameters().get("secret");
        if (secret != null && !secret.isEmpty()) {
            if (classes.isInstructor(secret.getFirst())) {
                ClassSessions.signInInstructor(session, secret.getFirst());
            } else {
                Notification.show("That instructor secret is not right.", 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            event.forwardTo("class", QueryParameters.empty());
            return;
        }
        String code = event.getLocation().getQueryParameters().getParameters()
                .getOrDefault("code", List.of("")).getFirst();
        removeAll();
        String instructor = ClassSessions.instructorSecret(session).filter(classes::isInstructor).orElse(null);
        if (instructor != null) {
            add(new InstructorConsole(classes, catalog, board, instructor, join.base()));
        } else {
            configureEntry(code);
        }
    }

    private void configureEntry(String code) {
        add(new H2("Live class"));
        if (ClassSessions.learner(VaadinSession.getCurrent()).filter(classes::inClass).isPresent()) {
            Button back = new Button("Back to your class", e -> getUI().ifPresent(ui -> ui.navigate(LearnerView.class)));
            back.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Paragraph("You are in a class already."), back);
        }
        add(joinForm(code), signInForm());
    }

    private Section joinForm(String code) {
        TextField codeField = new TextField("Class code");
        codeField.setValue(code == null ? "" : code);
        codeField.setMaxLength(ClassroomService.CODE_LENGTH);
        codeField.setHelperText("The six characters on the instructor's screen.");
        TextField name = new TextField("Your display name");
        name.setMaxLength(ClassroomService.MAX_NAME);
        name.setHelperText("Shown to the instructor, and on the class leaderboard. No account needed.");
        codeField.addValueChangeListener(e -> codeField.setInvalid(false));
        name.addValueChangeListener(e -> name.setInvalid(false));
        Button join = new Button("Join the class", e -> {
            try {
                LearnerTicket ticket = classes.join(codeField.getValue(), name.getValue());
                ClassSessions.seatLearner(VaadinSession.getCurrent(), ticket);
                getUI().ifPresent(ui -> ui.navigate(LearnerView.class));
            } catch (IllegalArgumentException refused) {
                // Said beside the field, not in a toast: a toast would outlive a corrected, successful join.
                TextField culprit = refused.getMessage().contains("code") ? codeField : name;
                culprit.setErrorMessage(refused.getMessage());
                culprit.setInvalid(true);
            }
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H3("Join a class"), codeField, name, join);
        section.getElement().setAttribute("aria-label", "Join a class");
        section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
        return section;
    }

    private Section signInForm() {
        PasswordField secret = new PasswordField("Instructor secret");
        secret.setHelperText("Set with kmslab.instructor-secret, or printed once in the server log at start-up.");
        Button signIn = new Button("Sign in as instructor", e -> {
            if (classes.isInstructor(secret.getValue())) {
                ClassSessions.signInInstructor(VaadinSession.getCurrent(), secret.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            } else {
                secret.setInvalid(true);
                secret.setErrorMessage("That secret is not right.");
            }
        });
        Section section = new Section(new H3("Instructors"), secret, signIn);
        section.getElement().setAttribute("aria-label", "Instructor sign-in");
        section.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL,
                LumoUtility.Margin.Top.LARGE);
        return section;
    }
}
