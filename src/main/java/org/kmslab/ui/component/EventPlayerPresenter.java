package org.kmslab.ui.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The replay position over a lesson's recorded events: which event is shown, whether it is playing, how fast, and
 * whether motion is reduced. Plain Java, so it is tested without a browser; {@link EventPlayer} is its view.
 *
 * <p>Index -1 means "before the first event". Moving returns the event to show, or empty when the position did not
 * change. Playing past the last event stops. It keeps the newest {@link #KEPT} events: a session lives as long as
 * its tab, and every event it held stayed in the heap for good.
 *
 * @param <E> the recorded event type (EngineEvent in the app)
 */
public final class EventPlayerPresenter<E> {

    /** How many of the newest events are kept for replay. */
    public static final int KEPT = 200;

    /** The speeds offered, slowest first. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0);

    /** What the controls show. */
    public record State(int index, int total, boolean playing, double speed, String label, boolean reducedMotion) {
    }

    private final List<E> events = new ArrayList<>();
    private final Function<E, String> labeler;
    private int index = -1;
    private boolean playing;
    private double speed = 1.0;
    private boolean reducedMotion;

    public EventPlayerPresenter(Function<E, String> labeler) {
        this.labeler = labeler;
    }

    /** Replaces the recording and goes back before the first event. */
    public void load(List<E> recorded) {
        events.clear();
        events.addAll(recorded.subList(Math.max(0, recorded.size() - KEPT), recorded.size()));
        index = -1;
        playing = false;
    }

    /** Appends an event; the position does not move. */
    public void record(E event) {
        events.add(event);
        if (events.size() > KEPT) {
            events.remove(0);
            // The position stays on the event it showed (or goes back before the first, if that one was dropped).
            index = Math.max(-1, index - 1);
        }
    }

    /** Starts playing; at the end it starts again from the first event, which it returns. */
    public Optional<E> play() {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        playing = true;
        if (index >= events.size() - 1) {
            index = 0;
            return current();
        }
        return Optional.empty();
    }

    public void pause() {
        playing = false;
    }

    /** One timer tick while playing: the next event, stopping after the last. */
    public Optional<E> tick() {
        if (!playing) {
            return Optional.empty();
        }
        Optional<E> next = forwardOne();
        if (index >= events.size() - 1) {
            playing = false;
        }
        return next;
    }

    /** Steps forward by hand; pauses. */
    public Optional<E> forward() {
        playing = false;
        return forwardOne();
    }

    /** Steps back by hand and shows that event again; pauses. */
    public Optional<E> back() {
        playing = false;
        if (index <= 0) {
            return Optional.empty();
        }
        index--;
        return current();
    }

    /** Back before the first event; pauses. */
    public void first() {
        playing = false;
        index = -1;
    }

    /** Chooses the nearest offered speed. */
    public void setSpeed(double requested) {
        speed = SPEEDS.stream().min((a, b) -> Double.compare(Math.abs(a - requested), Math.abs(b - requested)))
                .orElse(1.0);
    }

    public void setReducedMotion(boolean reduced) {
        reducedMotion = reduced;
    }

    public Optional<E> current() {
        return index < 0 ? Optional.empty() : Optional.of(events.get(index));
    }

    public State state() {
        String label = current().map(labeler).orElse("");
        return new State(index, events.size(), playing, speed, label, reducedMotion);
    }

    private Optional<E> forwardOne() {
        if (index >= events.size() - 1) {
            return Optional.empty();
        }
        index++;
        return current();
    }
}
