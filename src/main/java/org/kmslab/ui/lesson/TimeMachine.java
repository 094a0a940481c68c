package org.kmslab.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The console's time machine: +20 minutes (custom key stores connecting), +1 day, +30 days, +1 year, or any whole number of days from 1 to
 * {@value #MAX_DAYS} (a step may ask for 9 or 92), and the sandbox clock, announced politely to screen readers.
 * {@code lab time-travel --days N} does the same from the command line.
 */
final class TimeMachine extends HorizontalLayout {

    /** As {@code lab time-travel}: ten years is past every KMS window. */
    static final int MAX_DAYS = 3650;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Span clock = new Span();
    private final IntegerField days = new IntegerField("Days");
    private final Supplier<Instant> now;

    TimeMachine(Consumer<Duration> advance, Supplier<Instant> now) {
        this.now = now;
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("kmslab-time-machine");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Time machine");
        clock.getElement().setAttribute("aria-live", "polite");
        days.setMin(1);
        days.setMax(MAX_DAYS);
        days.setStepButtonsVisible(false);
        days.setPlaceholder("9");
        days.addClassName("kmslab-days");
        days.setErrorMessage("Enter a whole number of days from 1 to " + MAX_DAYS + ".");
        Button go = new Button("Go forward", e -> goForward(advance));
        go.getElement().setAttribute("aria-label", "Fast-forward the number of days entered");
        // Enter in the field: the key event carries the typed value, so it cannot race the field's own sync.
        days.getElement().addEventListener("keydown", e -> goForward(advance)).setFilter("event.key === 'Enter'")
                .synchronizeProperty("value");
        add(new Span("Time machine:"), travel("+20 minutes", Duration.ofMinutes(20), advance),
                travel("+1 day", Duration.ofDays(1), advance),
                travel("+30 days", Duration.ofDays(30), advance), travel("+1 year", Duration.ofDays(366), advance),
                days, go, clock);
        show();
    }

    private void goForward(Consumer<Duration> advance) {
        Integer n = days.getValue();
        if (n == null || n < 1 || n > MAX_DAYS || days.isInvalid()) {
            days.setInvalid(true);
            days.focus();
            return;
        }
        days.setInvalid(false);
        advance.accept(Duration.ofDays(n));
        show();
    }

    private Button travel(String label, Duration duration, Consumer<Duration> advance) {
        Button b = new Button(label, e -> {
            advance.accept(duration);
            show();
        });
        b.getElement().setAttribute("aria-label", "Fast-forward " + label.substring(1));
        return b;
    }

    /** Shows the sandbox clock as it is now. */
    void show() {
        clock.setText("Sandbox time: " + DATE.format(now.get()));
    }
}
