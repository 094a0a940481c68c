package org.kmslab.ui.lesson;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kmslab.audit.AuditEntry;
import org.kmslab.audit.AuditQuery;
import org.kmslab.audit.AuditService;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.sandbox.Sandbox;

/**
 * What the sandbox would cost in a real account, at AWS KMS list prices: customer managed keys at $1 a month,
 * prorated by the hour (AWS managed and AWS owned keys, and keys pending deletion, cost nothing a month), and
 * requests at $0.03 per 10,000 after the first 20,000 of the month. An estimate for teaching, read from the engine's
 * observer methods and the audit log, so it makes no call of its own.
 */
final class CostMeter extends Div {

    static final String PRICING_PAGE = "https://aws.amazon.com/kms/pricing/";
    static final String PRICES_CHECKED = "November 2026";
    static final BigDecimal KEY_PER_MONTH = new BigDecimal("1.00");
    static final BigDecimal PER_10K_REQUESTS = new BigDecimal("0.03");
    static final int FREE_REQUESTS = 20_000;
    /** AWS prorates the monthly key fee by the hour; a month is counted as 730 hours. */
    static final int HOURS_PER_MONTH = 730;

    private final Sandbox sandbox;
    private final AuditService audit;
    private final Paragraph keys = new Paragraph();
    private final Paragraph accrued = new Paragraph();
    private final Paragraph requests = new Paragraph();

    CostMeter(Sandbox sandbox, AuditService audit) {
        this.sandbox = sandbox;
        this.audit = audit;
        addClassName("kmslab-cost-meter");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Cost meter");
        Div figures = new Div(keys, accrued, requests);
        figures.getElement().setAttribute("aria-live", "polite");
        Paragraph source = new Paragraph("AWS KMS list prices for US East (N. Virginia), checked " + PRICES_CHECKED
                + ". An estimate: nothing here is billed. ");
        source.add(new Anchor(PRICING_PAGE, "AWS KMS pricing"));
        source.addClassName("kmslab-cost-source");
        add(new H4("Cost meter"), figures, source);
        refresh();
    }

    /** Recomputes the figures from the sandbox as it is now. */
    void refresh() {
        Instant now = sandbox.clock().instant();
        int billed = 0;
        int customerManaged = 0;
        double keyHours = 0;
        for (String arn : audit.keyArns(sandbox.accountId())) {
            Optional<KeyMetadata> key = sandbox.engine(region(arn)).observeKey(arn);
            if (key.isEmpty() || !"CUSTOMER".equals(key.get().keyManager())) {
                continue;
            }
            customerManaged++;
            Instant end = now;
            if (key.get().keyState().startsWith("Pending") && key.get().keyState().endsWith("Deletion")) {
                end = scheduledAt(arn).orElse(now);
            } else {
                billed++;
            }
            keyHours += Math.max(0, Duration.between(key.get().creationDate(), end).toMinutes() / 60.0);
        }
        keys.setText(String.format(Locale.ROOT, "Customer managed keys: %d, of which %d billed now → %s per month.",
                customerManaged, billed, dollars(KEY_PER_MONTH.multiply(BigDecimal.valueOf(billed)))));
        BigDecimal soFar = KEY_PER_MONTH.multiply(BigDecimal.valueOf(keyHours))
                .divide(BigDecimal.valueOf(HOURS_PER_MONTH), 2, RoundingMode.HALF_UP);
        accrued.setText(String.format(Locale.ROOT, "Key fees so far: %.1f key-hours → %s.", keyHours, dollars(soFar)));
        long calls = audit.find(AuditQuery.all(sandbox.accountId(), null, 1000)).stream()
                .filter(e -> "AwsApiCall".equals(e.eventType())).count();
        BigDecimal requestCost = calls <= FREE_REQUESTS ? BigDecimal.ZERO
                : PER_10K_REQUESTS.multiply(BigDecimal.valueOf(calls - FREE_REQUESTS))
                        .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.UP);
        requests.setText(String.format(Locale.ROOT, "KMS requests: %d%s (the first %,d a month are free) → %s.",
                calls, calls >= 1000 ? "+" : "", FREE_REQUESTS, dollars(requestCost)));
    }

    private Optional<Instant> scheduledAt(String arn) {
        return audit.find(AuditQuery.all(sandbox.accountId(), null, 1).withKey(arn)
                .withEventName("ScheduleKeyDeletion")).stream().findFirst().map(AuditEntry::eventTime);
    }

    private static String region(String arn) {
        return arn.split(":")[3];
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    List<String> figures() {
        return List.of(keys.getText(), accrued.getText(), requests.getText());
    }
}
