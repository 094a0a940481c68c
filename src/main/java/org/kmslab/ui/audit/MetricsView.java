package org.kmslab.ui.audit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kmslab.audit.AuditService;
import org.kmslab.audit.MetricsSnapshot;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.ui.LearnerSandbox;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.Plural;

/**
 * {@code /metrics}: what CloudWatch would show for the learner's sandbox: calls per minute by request-quota class
 * ({@code AWS/Usage CallCount}), failed calls, engine latency percentiles and {@code SecondsUntilKeyMaterialExpiration}.
 * Each chart is one image with a spoken summary, followed by the same numbers as a table. Updates by server push.
 */
@Route(value = "metrics", layout = MainLayout.class)
@PageTitle("Metrics (CloudWatch) · KMS Lab")
public class MetricsView extends VerticalLayout {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final Sandbox sandbox;
    private final Select<Integer> window = new Select<>();
    private final Select<String> region = new Select<>();
    private final Chart calls = new Chart("bar", "Calls per minute by quota class");
    private final Chart errors = new Chart("bar", "Failed calls per minute");
    private final Chart latency = new Chart("line", "Engine latency per minute, p50, p95 and p99");
    private final Div callsTable = new Div();
    private final Div errorsTable = new Div();
    private final Div latencyTable = new Div();
    private final Div expiry = new Div();
    private final Paragraph clockNote = new Paragraph();
    private List<String> shownRegions = List.of();
    private boolean updating;
    private AuditService.Subscription subscription;

    public MetricsView(AuditService audit, LearnerSandbox learner) {
        this.audit = audit;
        this.sandbox = learner.current();
        setMaxWidth("80rem");
        window.setLabel("Time window");
        window.setItems(15, 30, 60);
        window.setItemLabelGenerator(m -> "Last " + m + " minutes");
        window.setValue(30);
        window.addValueChangeListener(e -> refresh());
        region.setLabel("Region");
        refreshRegions();
        region.addValueChangeListener(e -> {
            if (!updating) {
                refresh();
            }
        });
        add(new H2("Metrics (CloudWatch)"), new Paragraph("Request counts of account " + sandbox.accountId()
                + ", per Region, grouped by the AWS request quota they count against, as"
                + " CloudWatch's AWS/Usage namespace shows them, plus errors and the time each call spent in the"
                + " engine. Prometheus can scrape the same numbers at /actuator/prometheus."),
                new HorizontalLayout(region, window), clockNote);
        clockNote.addClassName("kmslab-clock-note");
        add(panel("Calls by quota class", calls, callsTable), panel("Errors", errors, errorsTable),
                panel("Latency", latency, latencyTable), expiryPanel());
    }

    private static Section panel(String title, Chart chart, Div table) {
        Details numbers = new Details("Show the numbers as a table", table);
        Section section = new Section(new H3(title), chart, numbers);
        section.addClassName("kmslab-metrics-panel");
        return section;
    }

    private Section expiryPanel() {
        Section section = new Section(new H3("SecondsUntilKeyMaterialExpiration"), expiry);
        section.addClassName("kmslab-metrics-panel");
        return section;
    }

    /** Offers every Region the sandbox has used; keeps the chosen one unless it disappeared (after a reset). */
    private void refreshRegions() {
        List<String> regions = new ArrayList<>(sandbox.activeRegions());
        if (!regions.contains(sandbox.defaultRegion())) {
            regions.add(0, sandbox.defaultRegion());
        }
        if (!regions.equals(shownRegions)) {
            String current = region.getValue();
            updating = true;
            try {
                region.setItems(regions);
                region.setValue(regions.contains(current) ? current : sandbox.defaultRegion());
            } finally {
                updating = false;
            }
            shownRegions = regions;
        }
    }

    /**
     * Says which clock the windows follow: the sandbox's, like its audit events. After a time-machine jump, calls
     * made before the jump are older than the window, as they would be in CloudWatch that much later.
     */
    private void showClock(Instant now) {
        Duration ahead = sandbox.clockOffset();
        String end = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(now);
        clockNote.setText(ahead.isZero()
                ? "Windows end now (" + end + "), on the sandbox clock that stamps its audit events."
                : "Windows end at the sandbox's now, " + end + ": the time machine moved the sandbox clock "
                        + ahead(ahead) + " ahead of real time, and its audit events carry that clock too, so calls "
                        + "made before the jump are older than the window. The audit log keeps them.");
    }

    private static String ahead(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return Plural.of(days, "day") + (hours > 0 ? " " + Plural.of(hours, "hour") : "");
        }
        return hours > 0 ? Plural.of(hours, "hour") + (minutes > 0 ? " " + Plural.of(minutes, "minute") : "")
                : Plural.of(Math.max(1, minutes), "minute");
    }

    private void refresh() {
        refreshRegions();
        // Windows end at the sandbox's now, the clock its events are stamped with; the time machine moves both.
        Instant now = sandbox.clock().instant();
        MetricsSnapshot s = audit.metrics(sandbox.accountId(), region.getValue(), window.getValue(), now);
        showClock(now);
        List<String> labels = s.minutes().stream().map(MINUTE::format).toList();

        String busiest = s.totalsByClass().entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> "; most in " + e.getKey() + " (" + e.getValue() + ")").orElse("");
        calls.show(labels, s.callsByClass(), "calls",
                Plural.of(s.totalCalls(), "call") + " in the last " + labels.size() + " minutes" + busiest + ".");
        callsTable.removeAll();
        callsTable.add(table("Calls per minute by quota class", labels, s.callsByClass()));

        errors.show(labels, Map.of("Errors", s.errors()), "errors",
                Plural.of(s.totalErrors(), "failed call") + " in the last " + labels.size() + " minutes.");
        errorsTable.removeAll();
        errorsTable.add(table("Failed calls per minute", labels, Map.of("Errors", s.errors())));

        Map<String, List<Double>> percentiles = new LinkedHashMap<>();
        percentiles.put("p50", s.p50Millis());
        percentiles.put("p95", s.p95Millis());
        percentiles.put("p99", s.p99Millis());
        double worst = s.p99Millis().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        latency.show(labels, percentiles, "ms", "Highest p99 in the window: " + millis(worst) + " ms.");
        latencyTable.removeAll();
        latencyTable.add(table("Engine latency per minute in milliseconds", labels, percentiles));

        expiry.removeAll();
        if (s.secondsUntilKeyMaterialExpiration().isEmpty()) {
            expiry.add(new Paragraph("No key in this sandbox has imported key material that expires."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            s.secondsUntilKeyMaterialExpiration().forEach((arn, seconds) -> rows.add(List.of(
                    arn.substring(arn.lastIndexOf('/') + 1), String.format(Locale.ROOT, "%.0f", seconds))));
            expiry.add(new DataTable("Seconds until imported key material expires", List.of("Key", "Seconds"),
                    rows));
        }
    }

    /** One row per minute with any activity, or one row saying there was none. */
    private static DataTable table(String caption, List<String> labels, Map<String, ? extends List<?>> series) {
        List<String> headers = new ArrayList<>();
        headers.add("Minute (UTC)");
        headers.addAll(series.keySet());
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(labels.get(i));
            boolean any = false;
            for (List<?> values : series.values()) {
                Object v = values.get(i);
                any |= v instanceof Number n && n.doubleValue() != 0;
                row.add(v instanceof Double d ? millis(d) : String.valueOf(v));
            }
            if (any) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            List<String> none = new ArrayList<>();
            none.add("—");
            series.keySet().forEach(k -> none.add("no calls"));
            rows.add(none);
        }
        return new DataTable(caption + " (minutes without calls are left out)", headers, rows);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = audit.subscribe(sandbox.accountId(), entry -> ui.access(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
    }
}
