package org.kmslab.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Optional;
import org.kmslab.engine.EngineEvent;
import org.kmslab.ui.component.AnimatedVisualizer;
import org.kmslab.ui.component.EventPlayer;

/**
 * The lesson's controls above the picture: the event player (play, pause, step back and forward through the events
 * recorded in this lesson, speed, reduced motion), Undo of the last console command, and Reset of the lesson.
 */
final class LessonControls extends Div {

    private final EventPlayer player = new EventPlayer();
    /** Made for a lesson with a console, the only kind with commands to undo. */
    private Button undo;
    private final Runnable onUndo;
    private final HorizontalLayout actions;

    LessonControls(StepVisual visual, Runnable onUndo, Runnable onReset) {
        addClassName("kmslab-lesson-controls");
        player.setReplayTarget(visual::replay);
        player.control(visual.animated().toArray(new AnimatedVisualizer[0]));
        this.onUndo = onUndo;
        Button reset = new Button("Reset lesson");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        reset.addClickListener(e -> confirmReset(onReset));
        actions = new HorizontalLayout(FlexComponent.Alignment.CENTER, reset);
        actions.setWrap(true);
        actions.getElement().setAttribute("role", "group");
        actions.getElement().setAttribute("aria-label", "Sandbox actions");
        add(player, actions);
    }

    private void confirmReset(Runnable onReset) {
        ConfirmDialog dialog = new ConfirmDialog("Reset this lesson?",
                "Your sandbox is emptied (every key, alias, grant, bucket and file goes) and the lesson starts again "
                        + "at step 1, with its progress cleared. Other lessons keep their progress.",
                "Reset lesson", e -> onReset.run());
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void record(EngineEvent event) {
        player.record(event);
    }

    void load(List<EngineEvent> events) {
        player.setEvents(events);
    }

    /** Shows whether there is a command to undo, and which. */
    void showUndo(Optional<String> command, boolean available) {
        if (undo == null && !available) {
            return;
        }
        if (undo == null) {
            undo = new Button("Undo last command", e -> onUndo.run());
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.addComponentAsFirst(undo);
        }
        undo.setVisible(available);
        undo.setEnabled(command.isPresent());
        undo.getElement().setAttribute("title", command.map(c -> "Undo: " + c).orElse("Nothing to undo"));
    }
}
