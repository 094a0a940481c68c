package org.kmslab.ui.classroom;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Set;

/** A poll's answers as a bar chart (hidden from screen readers) and as a table (its text alternative). */
final class PollResults {

    private PollResults() {}

    static Component bars(List<String> options, Poll.Tally tally, Set<Integer> correct) {
        Div chart = new Div();
        chart.addClassName("kmslab-poll-bars");
        chart.getElement().setAttribute("aria-hidden", "true");
        int max = Math.max(1, tally.counts().stream().mapToInt(Integer::intValue).max().orElse(1));
        for (int i = 0; i < options.size(); i++) {
            int count = tally.counts().get(i);
            Div fill = new Div(new Span(Integer.toString(count)));
            fill.addClassName("kmslab-poll-bar-fill");
            fill.getStyle().set("width", (100 * count / max) + "%");
            Div track = new Div(fill);
            track.addClassName("kmslab-poll-bar-track");
            Div row = new Div(new Span(letter(i) + ". " + options.get(i)), track);
            row.addClassName("kmslab-poll-bar");
            row.setClassName("kmslab-correct", correct.contains(i));
            chart.add(row);
        }
        return chart;
    }

    static NativeTable table(List<String> options, Poll.Tally tally, Set<Integer> correct) {
        NativeTable table = new NativeTable();
        table.getElement().setAttribute("aria-label", "Class answers");
        table.addClassName("kmslab-poll-table");
        NativeTableRow head = new NativeTableRow();
        head.add(new NativeTableHeaderCell("Answer"), new NativeTableHeaderCell("Learners"));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < options.size(); i++) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(letter(i) + ". " + options.get(i) + (correct.contains(i) ? " (right)" : "")),
                    new NativeTableCell(Integer.toString(tally.counts().get(i))));
            body.add(row);
        }
        table.add(body);
        return table;
    }

    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }
}
