package org.kmslab.ui.lesson;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.kmslab.audit.AuditEntry;
import org.kmslab.audit.AuditQuery;
import org.kmslab.audit.AuditService;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.ui.Plural;

/**
 * What the sandbox would cost in a real account, at AWS KMS list prices: customer managed keys at $1 a month,
 * prorated by the hour (AWS managed and AWS owned keys, and keys pending deletion, cost nothing a month); each of the
 * first two rotations of a key's material adds $1 a month, later rotations add nothing; requests at $0.03 per 10,000
 * after the first 20,000 of the month. The keys are the ones ListKeys lists in every Region the sandbox uses, counted
 * per Region as {@code list-keys} shows them (it lists one Region's keys), so the meter and {@code list-keys} agree. An estimate for teaching, read from the engine's observer methods and the audit
 * log, so it makes no call of its own.
 */
final class CostMeter extends Div {

    static final String PRICING_PAGE = "https://aws.amazon.com/kms/pricing/";
    static final String PRICES_CHECKED = "November 2026";
    static final BigDecimal KEY_PER_MONTH = new BigDecimal("1.00");
    static final BigDecimal ROTATION_PER_MONTH = new BigDecimal("1.00");
    /** Only the first and second rotation of a key add to its monthly price (AWS KMS pricing page). */
    static final int BILLED_ROTATIONS = 2;
    static final BigDecimal PER_10K_REQUESTS = new BigDecimal("0.03");
    static final int FREE_REQUESTS = 20_000;
    /** AWS prorates the monthly key fee by the hour; a month is counted as 730 hours. */
    static final int HOURS_PER_MONTH = 730;

    private final Sandbox sandbox;
    private final AuditService audit;
    private final Paragraph keys = new Paragraph();
    private final Paragraph rotations = new Paragraph();
    private final Paragraph accrued = new Paragraph();
    private final Paragraph requests = new Paragraph();

    CostMeter(Sandbox sandbox, AuditService audit) {
        this.sandbox = sandbox;
        this.audit = audit;
        addClassName("kmslab-cost-meter");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Cost meter");
        Div figures = new Div(keys, rotations, accrued, requests);
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
        Map<String, Integer> listed = new LinkedHashMap<>();
        int customerManaged = 0;
        int billed = 0;
        int billedRotations = 0;
        double keyHours = 0;
        double rotationHours = 0;
        for (String region : sandbox.activeRegions()) {
            KmsEngine engine = sandbox.engine(region);
            listed.put(region, 0);
            for (KeyMetadata key : engine.observeKeys()) {
                listed.merge(region, 1, Integer::sum);
                if (!"CUSTOMER".equals(key.keyManager())) {
                    continue;
                }
                customerManaged++;
                boolean billedNow = !"PendingDeletion".equals(key.keyState())
                        && !"PendingReplicaDeletion".equals(key.keyState());
                Instant end = billedNow ? now : scheduledAt(key.arn()).orElse(now);
                if (billedNow) {
                    billed++;
                }
                keyHours += hours(key.creationDate(), end);
                List<Instant> rotated = engine.observeRotationDates(key.arn()).orElse(List.of());
                for (Instant at : rotated.subList(0, Math.min(BILLED_ROTATIONS, rotated.size()))) {
                    rotationHours += hours(at, end);
                    if (billedNow) {
                        billedRotations++;
                    }
                }
            }
        }
        keys.setText(String.format(Locale.ROOT, "Keys: %s, %s, of which %d billed now "
                + "→ %s per month. AWS managed keys and keys pending deletion are free.", listed(listed),
                Plural.of(customerManaged, "customer managed key"), billed,
                dollars(KEY_PER_MONTH.multiply(BigDecimal.valueOf(billed)))));
        rotations.setText(String.format(Locale.ROOT, "Rotation surcharge: %s billed → %s per month (each of a key's "
                + "first two rotations adds $1.00; later ones add nothing).", Plural.of(billedRotations, "rotation"),
                dollars(ROTATION_PER_MONTH.multiply(BigDecimal.valueOf(billedRotations)))));
        BigDecimal soFar = KEY_PER_MONTH.multiply(BigDecimal.valueOf(keyHours + rotationHours))
                .divide(BigDecimal.valueOf(HOURS_PER_MONTH), 2, RoundingMode.HALF_UP);
        accrued.setText(String.format(Locale.ROOT, "Fees so far: %.1f key-hours and %.1f rotation-hours → %s.",
                keyHours, rotationHours, dollars(soFar)));
        long calls = audit.find(AuditQuery.all(sandbox.accountId(), null, 1000)).stream()
                .filter(e -> "AwsApiCall".equals(e.eventType())).count();
        BigDecimal requestCost = calls <= FREE_REQUESTS ? BigDecimal.ZERO
                : PER_10K_REQUESTS.multiply(BigDecimal.valueOf(calls - FREE_REQUESTS))
                        .divide(BigDecimal.valueOf(10_000), 2, RoundingMode.UP);
        requests.setText(String.format(Locale.ROOT, "KMS requests: %d%s (the first %,d a month are free) → %s.",
                calls, calls >= 1000 ? "+" : "", FREE_REQUESTS, dollars(requestCost)));
    }

    /**
     * How many keys list-keys lists, said per Region: list-keys answers for one Region, so a sum across Regions is
     * never labelled as what it shows.
     */
    static String listed(Map<String, Integer> perRegion) {
        int all = perRegion.values().stream().mapToInt(Integer::intValue).sum();
        if (perRegion.size() <= 1) {
            String region = perRegion.keySet().stream().findFirst().map(r -> " in " + r).orElse("");
            return all + " listed" + region + " (as list-keys shows there)";
        }
        StringJoiner each = new StringJoiner(", ");
        perRegion.forEach((region, count) -> each.add(region + " " + count));
        return all + " listed in " + perRegion.size() + " Regions (list-keys in each Region: " + each + ")";
    }

    private static double hours(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes() / 60.0);
    }

    private Optional<Instant> scheduledAt(String arn) {
        return audit.find(AuditQuery.all(sandbox.accountId(), null, 1).withKey(arn)
                .withEventName("ScheduleKeyDeletion")).stream().findFirst().map(AuditEntry::eventTime);
    }

    private static String dollars(BigDecimal amount) {
        return "$" + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    List<String> figures() {
        return List.of(keys.getText(), rotations.getText(), accrued.getText(), requests.getText());
    }
}
