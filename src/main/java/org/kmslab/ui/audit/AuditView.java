package org.kmslab.ui.audit;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kmslab.audit.AuditEntry;
import org.kmslab.audit.AuditQuery;
import org.kmslab.audit.AuditService;
import org.kmslab.audit.CloudTrailJson;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.ui.LearnerSandbox;
import org.kmslab.ui.MainLayout;
import org.kmslab.ui.Plural;

/**
 * {@code /audit}: the CloudTrail event history of the learner's sandbox, newest first. Filters by key, event name,
 * principal, outcome and time; one button answers "who decrypted what, when"; a selected event shows its whole
 * CloudTrail record as text; the filtered history downloads as JSON lines; new events arrive by server push.
 */
@Route(value = "audit", layout = MainLayout.class)
@PageTitle("Audit log (CloudTrail) · KMS Lab")
public class AuditView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final AuditService audit;
    private final Sandbox sandbox;
    private final AuditFilter filter;
    private final ComboBox<String> key = new ComboBox<>("Key");
    private final ComboBox<String> eventName = new ComboBox<>("Event name");
    private final ComboBox<String> principal = new ComboBox<>("Principal");
    private final Select<String> outcome = new Select<>();
    private final DateTimePicker from = new DateTimePicker("From (UTC)");
    private final DateTimePicker to = new DateTimePicker("To (UTC)");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span status = new Span();
    private final Div detail = new Div();
    private final Map<Component, List<String>> shown = new HashMap<>();
    private volatile AuditQuery lastQuery;
    private boolean updating;
    private AuditService.Subscription subscription;

    public AuditView(AuditService audit, LearnerSandbox learner) {
        this.audit = audit;
        this.sandbox = learner.current();
        this.filter = new AuditFilter(sandbox.accountId());
        setMaxWidth("110rem");
        add(new H2("Audit log (CloudTrail)"), new Paragraph("Every call to KMS in account " + sandbox.accountId()
                + ", in every Region, as AWS CloudTrail would record it. Nothing secret is logged: no plaintext,"
                + " no ciphertext, no key material."));
        add(configureFilters(), configureResults());
    }

    private Section configureFilters() {
        Button whoDecrypted = new Button("Who decrypted what, when?", e -> preset(true));
        whoDecrypted.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button("Clear filters", e -> preset(false));
        key.setItemLabelGenerator(arn -> arn.substring(arn.lastIndexOf('/') + 1));
        key.setClearButtonVisible(true);
        eventName.setClearButtonVisible(true);
        principal.setClearButtonVisible(true);
        outcome.setLabel("Outcome");
        outcome.setValue(AuditFilter.ANY);
        key.addValueChangeListener(e -> onFilter(() -> filter.keyArn(e.getValue())));
        eventName.addValueChangeListener(e -> onFilter(() -> filter.eventName(e.getValue())));
        principal.addValueChangeListener(e -> onFilter(() -> filter.principalArn(e.getValue())));
        outcome.addValueChangeListener(e -> onFilter(() -> filter.outcome(e.getValue())));
        from.addValueChangeListener(e -> onFilter(() -> filter.from(e.getValue())));
        to.addValueChangeListener(e -> onFilter(() -> filter.to(e.getValue())));

        Anchor export = new Anchor(exportHandler(), AttachmentType.DOWNLOAD, "Export as JSON lines");
        HorizontalLayout actions = new HorizontalLayout(whoDecrypted, clear, export);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout fields = new HorizontalLayout(key, eventName, principal, outcome, from, to);
        fields.setWrap(true);
        Section section = new Section(actions, fields);
        section.getElement().setAttribute("aria-label", "Filters");
        return section;
    }

    private Div configureResults() {
        grid.addColumn(e -> TIME.format(e.eventTime())).setHeader("Event time (UTC)").setAutoWidth(true);
        grid.addColumn(AuditEntry::eventName).setHeader("Event name").setAutoWidth(true);
        grid.addColumn(AuditEntry::region).setHeader("Region").setAutoWidth(true);
        grid.addColumn(e -> Objects.requireNonNullElse(e.username(), "AWS Internal")).setHeader("User name")
                .setAutoWidth(true);
        grid.addColumn(e -> e.keyId() == null ? "—" : e.keyId().substring(0, Math.min(8, e.keyId().length())) + "…")
                .setHeader("Key").setAutoWidth(true).setTooltipGenerator(e -> Objects.requireNonNullElse(e.keyArn(), ""));
        grid.addColumn(e -> e.failed() ? e.errorCode() : "Succeeded").setHeader("Outcome").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.getElement().setAttribute("aria-label", "Audit events, newest first");
        grid.asSingleSelect().addValueChangeListener(e -> showDetail(e.getValue()));
        status.getElement().setAttribute("role", "status");
        status.addClassNames(LumoUtility.TextColor.SECONDARY);
        VerticalLayout list = new VerticalLayout(status, grid);
        list.setPadding(false);
        showDetail(null);
        Section record = new Section(new H3("CloudTrail record"), detail);
        record.getElement().setAttribute("aria-label", "Selected event");
        Div layout = new Div(list, record);
        layout.addClassName("kmslab-audit-layout");
        layout.setWidthFull();
        return layout;
    }

    private DownloadHandler exportHandler() {
        return event -> {
            event.setFileName("cloudtrail-" + sandbox.accountId() + ".jsonl");
            event.setContentType("application/x-ndjson");
            audit.exportJsonLines(lastQuery, event.getOutputStream());
        };
    }

    private void preset(boolean whoDecrypted) {
        if (whoDecrypted) {
            filter.whoDecrypted();
        } else {
            filter.clear();
        }
        updating = true;
        try {
            key.clear();
            principal.clear();
            from.clear();
            to.clear();
            refreshOptions();
            eventName.setValue(filter.eventName());
            outcome.setValue(filter.outcome());
        } finally {
            updating = false;
        }
        refresh();
    }

    private void onFilter(Runnable change) {
        if (!updating) {
            change.run();
            refresh();
        }
    }

    private void refresh() {
        lastQuery = filter.query();
        refreshOptions();
        List<AuditEntry> events = audit.find(lastQuery);
        AuditEntry selected = grid.asSingleSelect().getValue();
        grid.setItems(events);
        // Auto widths are measured from the rows shown when first rendered; new rows (a longer error code, the
        // first "Succeeded" in an empty log) would be cut without a new measure.
        grid.recalculateColumnWidths();
        if (selected != null) {
            events.stream().filter(e -> e.seq() == selected.seq()).findFirst()
                    .ifPresent(e -> grid.asSingleSelect().setValue(e));
        }
        status.setText(events.isEmpty() ? "No events match these filters."
                : events.size() == AuditFilter.PAGE ? events.size() + "+ events match (showing the newest "
                        + AuditFilter.PAGE + ")." : Plural.of(events.size(), "event") + (events.size() == 1
                                ? " matches." : " match."));
    }

    private void refreshOptions() {
        String account = sandbox.accountId();
        updating = true;
        try {
            options(key, audit.keyArns(account), filter.keyArn());
            options(eventName, audit.eventNames(account), filter.eventName());
            options(principal, audit.principalArns(account), filter.principalArn());
            List<String> outcomes = new ArrayList<>(List.of(AuditFilter.ANY, AuditFilter.SUCCEEDED,
                    AuditFilter.FAILED));
            outcomes.addAll(audit.errorCodes(account));
            if (!outcomes.contains(filter.outcome())) {
                outcomes.add(filter.outcome());
            }
            if (!outcomes.equals(shown.get(outcome))) {
                outcome.setItems(outcomes);
                shown.put(outcome, outcomes);
            }
            outcome.setValue(filter.outcome());
        } finally {
            updating = false;
        }
    }

    private void options(ComboBox<String> box, List<String> items, String current) {
        List<String> all = new ArrayList<>(items);
        if (current != null && !all.contains(current)) {
            all.add(current);
        }
        if (!all.equals(shown.get(box))) {
            box.setItems(all);
            shown.put(box, all);
        }
        box.setValue(current);
    }

    private void showDetail(AuditEntry entry) {
        detail.removeAll();
        if (entry == null) {
            detail.add(new Paragraph("Select an event to see its full CloudTrail record."));
            return;
        }
        Pre json = new Pre();
        json.setText(CloudTrailJson.pretty(entry.json()));
        json.addClassName("kmslab-bytes");
        json.getElement().setAttribute("aria-label", "CloudTrail record of " + entry.eventName());
        json.getElement().setAttribute("tabindex", "0");
        detail.add(json);
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
