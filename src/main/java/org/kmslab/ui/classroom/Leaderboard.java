package org.kmslab.ui.classroom;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import java.util.List;

/** The class's leaderboard: the best learners by points, with how many polls each got right. Names are text only. */
final class Leaderboard {

    private Leaderboard() {}

    static Section of(List<PollBoard.Standing> standings, int top) {
        NativeTable table = new NativeTable();
        table.addClassNames("kmslab-poll-table", "kmslab-leaderboard");
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell("Rank"), new NativeTableHeaderCell("Name"),
                new NativeTableHeaderCell("Points"), new NativeTableHeaderCell("Right answers"));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < Math.min(top, standings.size()); i++) {
            PollBoard.Standing s = standings.get(i);
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(Integer.toString(i + 1)), new NativeTableCell(s.name()),
                    new NativeTableCell(Integer.toString(s.points())), new NativeTableCell(Integer.toString(s.right())));
            body.add(row);
        }
        table.add(body);
        Section section = new Section(new H3("Leaderboard"), table);
        section.getElement().setAttribute("aria-label", "Leaderboard");
        return section;
    }
}
