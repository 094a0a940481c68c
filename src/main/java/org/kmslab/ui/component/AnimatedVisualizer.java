package org.kmslab.ui.component;

import com.vaadin.flow.component.HasElement;

/** The animation contract every visualizer shares: a speed multiplier and a reduced-motion switch. */
public interface AnimatedVisualizer extends HasElement {

    /** Animation speed multiplier (0.25 to 4; 1 is normal). */
    default void setSpeed(double speed) {
        if (!(speed >= 0.25 && speed <= 4)) {
            throw new IllegalArgumentException("speed must be between 0.25 and 4: " + speed);
        }
        getElement().setAttribute("speed", Double.toString(speed));
    }

    /** No movement, instant state; the element also honours the user's prefers-reduced-motion setting. */
    default void setReducedMotion(boolean reduced) {
        getElement().setAttribute("reduced-motion", reduced);
    }
}
