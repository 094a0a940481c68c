package org.kmslab.ui.quiz;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.kmslab.quiz.ProblemReport;
import org.kmslab.quiz.QuizService;

/** "Report a problem" with one question: a category and free text, stored for instructors. */
final class ReportDialog extends Dialog {

    ReportDialog(QuizService service, String questionId) {
        setHeaderTitle("Report a problem with this question");
        Select<ProblemReport.Category> category = new Select<>();
        category.setLabel("What is wrong?");
        category.setItems(ProblemReport.Category.values());
        category.setItemLabelGenerator(ProblemReport.Category::label);
        category.setValue(ProblemReport.Category.WRONG_ANSWER);
        TextArea details = new TextArea("Details");
        details.setMaxLength(ProblemReport.MAX_MESSAGE);
        details.setHelperText("What should it say instead? Cite the AWS page if you can.");
        details.setWidthFull();
        add(new VerticalLayout(category, details));

        Button send = new Button("Send report", e -> {
            service.report(QuizTexts.LEARNER, questionId, category.getValue(), details.getValue());
            close();
            Notification.show("Thank you. Instructors will review question " + questionId + ".", 4000,
                    Notification.Position.BOTTOM_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), send);
    }
}
