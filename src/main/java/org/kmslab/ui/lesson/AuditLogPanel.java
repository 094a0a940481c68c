package org.kmslab.ui.lesson;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.kmslab.audit.AuditEntry;
import org.kmslab.audit.AuditQuery;
import org.kmslab.audit.AuditService;
import org.kmslab.sandbox.Sandbox;

/**
 * The sandbox's newest CloudTrail-shaped events, as the audit log stores them: time, event, who, key and outcome,
 * with a link to the full log where each record can be read as JSON.
 */
final class AuditLogPanel extends Div {

    private static final int SHOWN = 8;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Sandbox sandbox;
    private final AuditService audit;
    private final NativeTableBody rows = new NativeTableBody();

    AuditLogPanel(Sandbox sandbox, AuditService audit) {
        this.sandbox = sandbox;
        this.audit = audit;
        addClassName("kmslab-audit-panel");
        NativeTable table = new NativeTable();
        table.addClassName("kmslab-data-table");
        NativeTableRow head = new NativeTableRow();
        for (String column : new String[] {"Time (UTC)", "eventName", "Who", "Key", "Outcome"}) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(column);
            th.getElement().setAttribute("scope", "col");
            head.add(th);
        }
        table.add(new NativeTableHeader(head), rows);
        table.getElement().setAttribute("aria-label", "Newest audit log events, newest first");
        add(new H4("Audit log: the newest events"), table, new Anchor("audit", "Open the full audit log (CloudTrail)"));
        refresh();
    }

    void refresh() {
        rows.removeAll();
        var entries = audit.find(AuditQuery.all(sandbox.accountId(), null, SHOWN));
        if (entries.isEmpty()) {
            NativeTableCell none = new NativeTableCell("No events yet: every KMS call you make appears here.");
            none.getElement().setAttribute("colspan", "5");
            rows.add(new NativeTableRow(none));
        }
        for (AuditEntry e : entries) {
            rows.add(new NativeTableRow(new NativeTableCell(TIME.format(e.eventTime())),
                    new NativeTableCell(e.eventName()),
                    new NativeTableCell(e.username() == null ? "AWS KMS itself" : e.username()),
                    new NativeTableCell(e.keyId() == null ? "–" : e.keyId().substring(0, Math.min(8, e.keyId().length())) + "…"),
                    new NativeTableCell(e.failed() ? "✗ " + e.errorCode() : "✓ success")));
        }
    }
}
