package org.kmslab.ui.quiz;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.kmslab.quiz.ProblemReport;
import org.kmslab.quiz.QuizService;
import org.kmslab.ui.MainLayout;

/** Problem reports that learners sent about questions, for instructors to fix and mark resolved. */
@Route(value = "quiz/reports", layout = MainLayout.class)
@PageTitle("Question problem reports · KMS Lab")
public class ReportsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final QuizService service;
    private final Grid<ProblemReport> grid = new Grid<>();
    private final Checkbox showResolved = new Checkbox("Show resolved reports");

    public ReportsView(QuizService service) {
        this.service = service;
        grid.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Reported").setAutoWidth(true);
        grid.addColumn(ProblemReport::questionId).setHeader("Question").setAutoWidth(true);
        grid.addColumn(r -> r.category().label()).setHeader("Problem").setAutoWidth(true);
        grid.addColumn(ProblemReport::message).setHeader("Details").setFlexGrow(1);
        grid.addComponentColumn(r -> r.resolved() ? new com.vaadin.flow.component.html.Span("Resolved")
                : new Button("Mark resolved", e -> {
                    service.resolveReport(r.id());
                    refresh();
                })).setHeader("Status").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", "Problem reports");
        showResolved.addValueChangeListener(e -> refresh());
        add(new H2("Question problem reports"), showResolved, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(service.reports(showResolved.getValue()));
    }
}
