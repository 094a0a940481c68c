package org.kmslab.ui.classroom;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
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
    private final NativeTable table = new NativeTable();
    private final NativeTableBody rows = new NativeTableBody();
    private final OrderedList errors = new OrderedList();

    DashboardPanel(ClassroomService classes, LessonCatalog catalog, String secret) {
        this.classes = classes;
        this.catalog = catalog;
        this.secret = secret;
        getElement().setAttribute("aria-label", "Class dashboard");
        summary.getElement().setAttribute("aria-live", "polite");
        table.getElement().setAttribute("aria-label", "Learners");
        table.addClassName("kmslab-dashboard");
        NativeTableRow head = new NativeTableRow();
        for (String column : new String[] {"Learner", "Lesson and step", "Mode", "Status", "Errors on this step",
                "Last error", "Answered poll"}) {
            head.add(new NativeTableHeaderCell(column));
        }
        table.add(new NativeTableHeader(head), rows);
        errors.getElement().setAttribute("aria-label", "Most common errors");
        add(new H3("Class dashboard"), summary, table, new H3("Most common errors"), errors);
    }

    void render() {
        if (classes.current(secret).isEmpty()) {
            return;
        }
        List<Classroom.LearnerRow> learners = classes.dashboard(secret);
        rows.removeAll();
        for (Classroom.LearnerRow r : learners) {
            NativeTableCell status = new NativeTableCell(r.stuck() ? "Stuck" : "OK");
            status.setClassName("kmslab-stuck", r.stuck());
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(r.name()), new NativeTableCell(where(r)),
                    new NativeTableCell(r.following() ? "Following" : "Exploring"), status,
                    new NativeTableCell(Integer.toString(r.errorsOnStep())),
                    new NativeTableCell(r.lastError() == null ? "" : r.lastError()),
                    new NativeTableCell(r.answered() ? "Yes" : ""));
            rows.add(row);
        }
        long stuck = learners.stream().filter(Classroom.LearnerRow::stuck).count();
        summary.setText(learners.size() + (learners.size() == 1 ? " learner" : " learners") + " in class, " + stuck
                + " stuck.");
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
