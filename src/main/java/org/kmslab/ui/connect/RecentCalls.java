package org.kmslab.ui.connect;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.kmslab.audit.AuditEntry;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;

/**
 * The last calls that reached the sandbox, newest first, as a polite live region: a screen reader announces a CLI
 * call arriving just as a sighted learner sees it.
 */
class RecentCalls extends Section {

    static final int MAX_ENTRIES = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph("No calls yet. Run a command from the snippets below and it "
            + "appears here.");

    RecentCalls() {
        H3 title = new H3("Last calls");
        title.setId("last-calls-title");
        list.getElement().setAttribute("role", "log");
        list.getElement().setAttribute("aria-live", "polite");
        list.getElement().setAttribute("aria-labelledby", "last-calls-title");
        list.addClassNames(LumoUtility.FontSize.SMALL);
        empty.addClassNames(LumoUtility.TextColor.SECONDARY);
        getElement().setAttribute("aria-labelledby", "last-calls-title");
        add(title, empty, list);
    }

    /**
     * Fills the list from the audit history, newest first, so a reload shows the calls made before it (the live
     * events then go on from there).
     */
    void load(List<AuditEntry> newestFirst) {
        list.removeAll();
        List<AuditEntry> shown = newestFirst.subList(0, Math.min(MAX_ENTRIES, newestFirst.size()));
        for (int i = shown.size() - 1; i >= 0; i--) {
            addLine(describe(shown.get(i)), shown.get(i).failed());
        }
    }

    void show(EngineEvent event) {
        addLine(describe(event), event.failed());
    }

    void showReset(String accountId) {
        addLine("Sandbox " + accountId + " was reset: every Region is empty again.", false);
    }

    private void addLine(String text, boolean failed) {
        empty.setVisible(false);
        ListItem item = new ListItem(text);
        item.setClassName("kmslab-error", failed);
        list.addComponentAsFirst(item);
        while (list.getComponentCount() > MAX_ENTRIES) {
            list.remove(list.getComponentAt(MAX_ENTRIES));
        }
    }

    /** {@code 12:04:01 UTC · CreateKey by role/Admin via the AWS CLI in us-east-1 · succeeded}. */
    static String describe(EngineEvent e) {
        String who = e.caller().principalArn();
        int colon = who.lastIndexOf(':');
        String principal = colon < 0 ? who : who.substring(colon + 1);
        String outcome = e.failed() ? "failed: " + e.errorCode() : "succeeded";
        return TIME.format(e.eventTime()) + " UTC · " + e.eventName() + " by " + principal + " " + via(e) + " in "
                + e.region() + " · " + outcome;
    }

    /** The same line for a call read back from the audit history. */
    static String describe(AuditEntry e) {
        String who = e.principalArn() == null ? "AWS KMS" : e.principalArn();
        int colon = who.lastIndexOf(':');
        String principal = colon < 0 ? who : who.substring(colon + 1);
        String outcome = e.failed() ? "failed: " + e.errorCode() : "succeeded";
        return TIME.format(e.eventTime()) + " UTC · " + e.eventName() + " by " + principal + " in " + e.region()
                + " · " + outcome;
    }

    private static String via(EngineEvent e) {
        CallSource source = e.caller().source();
        String agent = e.caller().userAgent() == null ? "" : e.caller().userAgent();
        return switch (source) {
            case WIRE -> agent.startsWith("aws-cli") ? "via the AWS CLI"
                    : agent.contains("aws-sdk-java") ? "via the AWS SDK for Java"
                    : agent.contains("Boto3") ? "via boto3" : "over the wire";
            case CONSOLE -> "from the console";
            case LESSON -> "from a lesson";
            case SERVICE -> "through an AWS service";
            case KMS_INTERNAL -> "by KMS itself";
        };
    }
}
