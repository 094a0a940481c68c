package org.kmslab.ui.classroom;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.kmslab.lessons.LessonCatalog;

/**
 * The class at a glance: who is on which step, who is stuck (a goal unmet for minutes, or several failed calls on
 * the same step), and the AWS errors the class hit most, all from the learners' engine events.
 */
class DashboardPanel extends Section {

    private final ClassroomService classes;
    private final LessonCatalog catalog;
    private final String secret;
    private final Paragraph summary = new Paragraph();
    private final Grid<Classroom.LearnerRow> grid = new Grid<>();
    private final OrderedList errors = new OrderedList();

    DashboardPanel(ClassroomService classes, LessonCatalog catalog, String secret) {
        this.classes = classes;
        this.catalog = catalog;
        this.secret = secret;
        getElement().setAttribute("aria-label", "Class dashboard");
        summary.getElement().setAttribute("aria-live", "polite");
        grid.addColumn(Classroom.LearnerRow::name).setHeader("Learner").setAutoWidth(true);
        grid.addColumn(this::where).setHeader("Lesson and step").setAutoWidth(true);
        grid.addColumn(r -> r.following() ? "Following" : "Exploring").setHeader("Mode").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Span status = new Span(r.stuck() ? "Stuck" : "OK");
            status.setClassName("kmslab-stuck", r.stuck());
            return status;
        }).setHeader("Status").setAutoWidth(true);
        grid.addColumn(Classroom.LearnerRow::errorsOnStep).setHeader("Errors on this step");
        grid.addColumn(r -> r.lastError() == null ? "" : r.lastError()).setHeader("Last error").setAutoWidth(true);
        grid.addColumn(r -> r.answered() ? "Yes" : "").setHeader("Answered poll");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Learners");
        errors.getElement().setAttribute("aria-label", "Most common errors");
        add(new H3("Class dashboard"), summary, grid, new H3("Most common errors"), errors);
    }

    void render() {
        if (classes.current(secret).isEmpty()) {
            return;
        }
        List<Classroom.LearnerRow> rows = classes.dashboard(secret);
        grid.setItems(rows);
        long stuck = rows.stream().filter(Classroom.LearnerRow::stuck).count();
        summary.setText(rows.size() + (rows.size() == 1 ? " learner" : " learners") + " in class, " + stuck + " stuck.");
        errors.removeAll();
        List<Classroom.CommonError> common = classes.commonErrors(secret);
        if (common.isEmpty()) {
            errors.add(new ListItem("No errors yet."));
        }
        common.forEach(e -> errors.add(new ListItem(e.errorCode() + " from " + e.operation() + " × " + e.count())));
    }

    private String where(Classroom.LearnerRow row) {
        if (row.lessonId() == null) {
            return "Waiting";
        }
        return catalog.find(row.lessonId()).map(l -> l.title() + ", step " + (row.step() + 1) + " of "
                + l.steps().size()).orElse(row.lessonId());
    }
}
