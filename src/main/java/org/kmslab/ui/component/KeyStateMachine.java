package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.KeyStateTable;
import org.kmslab.engine.api.Operation;

/**
 * The key lifecycle graph ({@code frontend/key-state-machine.js}): the current state lit, the transitions labelled
 * with their operations, the last one animated, and optionally the engine's own {@link KeyStateTable} as "which
 * operations work in which state", so the picture and the engine read the same table.
 */
@Tag("kms-key-state-machine")
public class KeyStateMachine extends Component implements AnimatedVisualizer {

    /** The name the element uses for a key that no longer exists. */
    public static final String DELETED = "Deleted";

    /** The states the graph draws, in table column order. */
    static final List<KeyState> DRAWN_STATES =
            List.of(KeyState.ENABLED, KeyState.DISABLED, KeyState.PENDING_DELETION, KeyState.PENDING_IMPORT);

    /**
     * The newest call drawn, sent again when the graph appears: a call moves the state in the browser only, so a graph
     * that was not in the page (or is drawn afresh) takes its state from this. Null once a state is set directly.
     */
    private String lastPlay;

    public KeyStateMachine() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Key state machine");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/key-state-machine.js");
        if (lastPlay != null) {
            Visualizers.call(getElement(), "play", lastPlay);
        }
    }

    /** Lights a state without animating a transition; null means no key yet. */
    public void setState(KeyState state) {
        setStateName(state == null ? null : state.wire());
    }

    /** Lights the Deleted end state. */
    public void setDeleted() {
        setStateName(DELETED);
    }

    /**
     * Animates the transition a call made. A refused call marks the state it was refused in; a call that changed
     * nothing (DescribeKey, Encrypt) only writes its sentence.
     *
     * @param to the state after the call, or null when the call deleted the key
     */
    public void show(EngineEvent event, KeyState from, KeyState to) {
        Map<String, Object> view = Visualizers.eventView(event);
        view.put("fromState", from == null ? null : from.wire());
        view.put("toState", to == null ? DELETED : to.wire());
        play(view);
    }

    /**
     * Draws a call on a key that no longer exists: a refused call (NotFoundException) as a rejected arrow at the
     * Deleted end state, with its sentence, so the caption never stays on an earlier call.
     */
    public void showOnDeleted(EngineEvent event) {
        Map<String, Object> view = Visualizers.eventView(event);
        view.put("fromState", DELETED);
        view.put("toState", DELETED);
        play(view);
    }

    /** Keeps {@code view} as the newest call and plays it now when the graph is in the page (else when attached). */
    private void play(Map<String, Object> view) {
        lastPlay = Visualizers.json(view);
        if (Visualizers.attached(getElement())) {
            Visualizers.call(getElement(), "play", lastPlay);
        }
    }

    /** Shows the engine's key-state table under the graph. */
    public void showKeyStateTable() {
        getElement().setAttribute("table", tableJson(KeyStateTable.rows()));
    }

    private void setStateName(String name) {
        lastPlay = null;
        if (name == null) {
            getElement().removeAttribute("state");
        } else {
            getElement().setAttribute("state", name);
        }
    }

    static String tableJson(Map<Operation, Map<KeyState, KeyStateTable.Rule>> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        rows.forEach((op, refusals) -> {
            Map<String, Object> cells = new LinkedHashMap<>();
            for (KeyState s : DRAWN_STATES) {
                KeyStateTable.Rule rule = refusals.get(s);
                cells.put(s.wire(), rule == null ? null
                        : Map.of("exception", rule.exception(), "message", rule.message("<key ARN>")));
            }
            out.add(Map.of("operation", op.wire(), "cells", cells));
        });
        return Visualizers.json(Map.of("states", DRAWN_STATES.stream().map(KeyState::wire).toList(), "rows", out));
    }
}
