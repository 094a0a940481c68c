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
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A poll's answers as a bar chart (hidden from screen readers) and as a table (its text alternative). Each bar's
 * length is the share of the learners who answered that chose the option, so a bar never outgrows its track and an
 * option nobody chose draws no bar at all; the count and the percentage stand beside it. When every learner chose one
 * option, the whole percentages add up to 100 (largest remainder); in a choose-all-that-apply poll a learner counts
 * in several options, so each share stands on its own.
 */
final class PollResults {

    private PollResults() {}

    static Component bars(List<String> options, Poll.Tally tally, Set<Integer> correct) {
        Div chart = new Div();
        chart.addClassName("kmslab-poll-bars");
        chart.getElement().setAttribute("aria-hidden", "true");
        List<Integer> shares = percents(tally);
        for (int i = 0; i < options.size(); i++) {
            int count = tally.counts().get(i);
            Div fill = new Div();
            fill.addClassName("kmslab-poll-bar-fill");
            fill.getStyle().set("width", shares.get(i) + "%");
            Div track = new Div(fill);
            track.addClassName("kmslab-poll-bar-track");
            Span figure = new Span(count + " · " + shares.get(i) + " %");
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
        List<Integer> shares = percents(tally);
        for (int i = 0; i < options.size(); i++) {
            NativeTableRow row = new NativeTableRow();
            int count = tally.counts().get(i);
            row.add(new NativeTableCell(letter(i) + ". " + options.get(i) + (correct.contains(i) ? " (right)" : "")),
                    new NativeTableCell(Integer.toString(count)),
                    new NativeTableCell(shares.get(i) + " %"));
            body.add(row);
        }
        table.add(body);
        return table;
    }

    /**
     * The share of responders who chose each option, in whole percent (all 0 when nobody answered). When each
     * responder chose exactly one option the shares are rounded by largest remainder, so they add up to 100 (three
     * options of one vote each read 34, 33, 33, not 33, 33, 33); otherwise each is rounded on its own.
     */
    static List<Integer> percents(Poll.Tally tally) {
        List<Integer> counts = tally.counts();
        int responders = tally.responders();
        if (responders == 0) {
            return counts.stream().map(c -> 0).toList();
        }
        if (counts.stream().mapToInt(Integer::intValue).sum() != responders) {
            return counts.stream().map(c -> Math.round(100f * c / responders)).toList();
        }
        int[] shares = new int[counts.size()];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = 100 * counts.get(i) / responders;
            given += shares[i];
        }
        // The points left go to the largest remainders, the earlier option first on a tie.
        List<Integer> byRemainder = IntStream.range(0, shares.length).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -(100 * counts.get(i) % responders))
                        .thenComparingInt(i -> i))
                .toList();
        for (int k = 0; k < 100 - given; k++) {
            shares[byRemainder.get(k)]++;
        }
        return Arrays.stream(shares).boxed().toList();
    }

    static String letter(int i) {
        return String.valueOf((char) ('A' + i));
    }
}
