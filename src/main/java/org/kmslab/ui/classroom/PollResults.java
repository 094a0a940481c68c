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

/**
 * A poll's answers as a bar chart (hidden from screen readers) and as a table (its text alternative). Each bar's
 * length is the share of the learners who answered that chose the option, so a bar never outgrows its track and an
 * option nobody chose draws no bar at all; the count and the percentage stand beside it.
 */
final class PollResults {

    private PollResults() {}

    static Component bars(List<String> options, Poll.Tally tally, Set<Integer> correct) {
        Div chart = new Div();
        chart.addClassName("kmslab-poll-bars");
        chart.getElement().setAttribute("aria-hidden", "true");
        for (int i = 0; i < options.size(); i++) {
            int count = tally.counts().get(i);
            Div fill = new Div();
            fill.addClassName("kmslab-poll-bar-fill");
            fill.getStyle().set("width", percent(count, tally.responders()) + "%");
            Div track = new Div(fill);
            track.addClassName("kmslab-poll-bar-track");
            Span figure = new Span(share(count, tally.responders()));
            figure.addClassName("kmslab-poll-bar-figure");
            Div row = new Div(new Span((correct.contains(i) ? "✓ " : "") + letter(i) + ". " + options.get(i)), track,
                    figure);
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
        head.add(new NativeTableHeaderCell("Answer"), new NativeTableHeaderCell("Learners"),
                new NativeTableHeaderCell("Share"));
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (int i = 0; i < options.size(); i++) {
            NativeTableRow row = new NativeTableRow();
            int count = tally.counts().get(i);
            row.add(new NativeTableCell(letter(i) + ". " + options.get(i) + (correct.contains(i) ? " (right)" : "")),
                    new NativeTableCell(Integer.toString(count)),
                    new NativeTableCell(percent(count, tally.responders()) + " %"));
            body.add(row);
        }
        table.add(body);
        return table;
    }

    /** The share of responders who chose an option, in whole percent (0 when nobody answered). */
    static int percent(int count, int responders) {
        return responders == 0 ? 0 : Math.round(100f * count / responders);
    }

    static String share(int count, int responders) {
        return count + " · " + percent(count, responders) + " %";
    }

    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }
}
