package org.kmslab.ui.quiz;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.kmslab.quiz.HistoryPoint;
import org.kmslab.quiz.Scoring;

/**
 * The scaled score of every submitted attempt, drawn as a plain SVG line chart with the pass mark, followed by the same
 * numbers as a list for screen readers and for anyone who prefers text.
 */
final class HistoryChart extends Div {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 32;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    HistoryChart(List<HistoryPoint> history) {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Score history");
        if (history.isEmpty()) {
            add(new Paragraph("No finished attempts yet. Your scores will appear here."));
            return;
        }
        add(new Html("<div>" + svg(history) + "</div>"));
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", "Scores by attempt");
        list.addClassNames(LumoUtility.FontSize.SMALL);
        for (int i = 0; i < history.size(); i++) {
            HistoryPoint p = history.get(i);
            list.add(new ListItem("Attempt " + (i + 1) + " (" + p.label() + ", " + DAY.format(p.submittedAt()) + "): "
                    + p.scaled() + " of 1000, " + p.correct() + " of " + p.total() + " correct, "
                    + (p.passed() ? "pass" : "below the pass mark")));
        }
        add(list);
    }

    /** The chart as SVG markup: a y axis from 100 to 1000, the pass line at 720, and one point per attempt. */
    static String svg(List<HistoryPoint> history) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"quiz-history-title\" style=\"width:100%;max-width:40rem;height:auto\">")
                .append("<title id=\"quiz-history-title\">Scaled score of ").append(history.size())
                .append(history.size() == 1 ? " attempt" : " attempts").append(", latest ")
                .append(history.getLast().scaled()).append("</title>");
        for (int mark : new int[] {100, 400, 720, 1000}) {
            double y = y(mark);
            boolean pass = mark == Scoring.PASSING_SCALED;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y))
                    .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"")
                    .append(pass ? "var(--lumo-success-color)" : "var(--lumo-contrast-20pct)")
                    .append(pass ? "\" stroke-dasharray=\"6 4\"" : "\"").append(" stroke-width=\"1.5\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"var(--lumo-secondary-text-color)\">")
                    .append(mark).append("</text>");
        }
        svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(fmt(y(Scoring.PASSING_SCALED) - 6))
                .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"var(--lumo-success-text-color)\">pass 720</text>");
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < history.size(); i++) {
            points.append(fmt(x(i, history.size()))).append(',').append(fmt(y(history.get(i).scaled()))).append(' ');
        }
        if (history.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"var(--lumo-primary-color)\" stroke-width=\"2.5\" points=\"")
                    .append(points.toString().strip()).append("\"/>");
        }
        for (int i = 0; i < history.size(); i++) {
            HistoryPoint p = history.get(i);
            svg.append("<circle cx=\"").append(fmt(x(i, history.size()))).append("\" cy=\"").append(fmt(y(p.scaled())))
                    .append("\" r=\"5\" fill=\"").append(p.passed() ? "var(--lumo-success-color)" : "var(--lumo-error-color)")
                    .append("\"><title>Attempt ").append(i + 1).append(": ").append(p.scaled()).append("</title></circle>")
                    .append("<text x=\"").append(fmt(x(i, history.size()))).append("\" y=\"").append(HEIGHT - 10)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"var(--lumo-secondary-text-color)\">")
                    .append(i + 1).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static double x(int index, int count) {
        double span = WIDTH - LEFT - RIGHT - 24;
        return count == 1 ? LEFT + 12 + span / 2 : LEFT + 12 + span * index / (count - 1);
    }

    static double y(int scaled) {
        double fraction = (scaled - Scoring.MIN_SCALED) / (double) (Scoring.MAX_SCALED - Scoring.MIN_SCALED);
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - fraction);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
