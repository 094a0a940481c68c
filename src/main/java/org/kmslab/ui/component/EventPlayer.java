package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.DomEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.kmslab.engine.EngineEvent;
import tools.jackson.databind.JsonNode;

/**
 * Replay controls for recorded engine events ({@code frontend/event-player.js}): play/pause, step back and forward,
 * speed and reduced motion. The element is the buttons and the timer; the position lives in an
 * {@link EventPlayerPresenter}. Each event it lands on goes to the replay target (e.g. a visualizer's
 * {@code show}), and speed and reduced motion are applied to the controlled visualizers.
 */
@Tag("kms-event-player")
public class EventPlayer extends Component implements AnimatedVisualizer {

    private final EventPlayerPresenter<EngineEvent> presenter =
            new EventPlayerPresenter<>(EventDescriptions::describe);
    private final List<AnimatedVisualizer> controlled = new ArrayList<>();
    private Consumer<EngineEvent> target = e -> { };

    public EventPlayer() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Event replay");
        getElement().addEventListener("player-command", this::onCommand)
                .addEventData("event.detail.command").addEventData("event.detail.value");
        sync();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/event-player.js");
    }

    /** Where replayed events go. */
    public void setReplayTarget(Consumer<EngineEvent> replayTarget) {
        this.target = replayTarget;
    }

    /** Visualizers whose speed and reduced motion these controls set. */
    public void control(AnimatedVisualizer... visualizers) {
        controlled.addAll(List.of(visualizers));
        applyAnimationSettings();
    }

    /** Replaces the recording. */
    public void setEvents(List<EngineEvent> events) {
        presenter.load(events);
        sync();
    }

    /** Appends a newly recorded event without moving the position. */
    public void record(EngineEvent event) {
        presenter.record(event);
        sync();
    }

    /** The replay state, for views and tests. */
    public EventPlayerPresenter.State state() {
        return presenter.state();
    }

    private void onCommand(DomEvent event) {
        JsonNode data = event.getEventData();
        String command = data.path("event.detail.command").asString("");
        JsonNode raw = data.get("event.detail.value");
        String value = raw == null || raw.isNull() ? null : raw.asString();
        Optional<EngineEvent> show = switch (command) {
            case "play" -> presenter.play();
            case "pause" -> { presenter.pause(); yield Optional.empty(); }
            case "tick" -> presenter.tick();
            case "forward" -> presenter.forward();
            case "back" -> presenter.back();
            case "first" -> { presenter.first(); yield Optional.empty(); }
            case "speed" -> { presenter.setSpeed(Double.parseDouble(value)); applyAnimationSettings(); yield Optional.empty(); }
            case "reduced-motion" -> { presenter.setReducedMotion(Boolean.parseBoolean(value)); applyAnimationSettings(); yield Optional.empty(); }
            default -> Optional.empty();
        };
        show.ifPresent(target);
        sync();
    }

    private void applyAnimationSettings() {
        EventPlayerPresenter.State s = presenter.state();
        for (AnimatedVisualizer v : controlled) {
            v.setSpeed(s.speed());
            v.setReducedMotion(s.reducedMotion());
        }
    }

    private void sync() {
        getElement().setAttribute("state", Visualizers.json(presenter.state()));
    }
}
