package org.kmslab.ui.present;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The presenter's keyboard, as a clicker or a laptop keyboard sends it. Keys arrive as DOM {@code KeyboardEvent.key}
 * values, and only when no text field has the focus (see {@code frontend/present-keys.js}), so the instructor can
 * still type in the console.
 */
public enum PresenterKeys {
    NEXT("Next step"),
    BACK("Previous step"),
    RESET("Reset the demo sandbox"),
    TOGGLE_ANSWERS("Show or hide the answers"),
    PLAY_PAUSE("Play or pause the scripted demo"),
    PLAY_ONE("Play one action of the script"),
    OPEN_NOTES("Open the speaker notes");

    private static final Map<String, PresenterKeys> KEYS = new LinkedHashMap<>();

    static {
        for (String k : new String[] {"ArrowRight", "ArrowDown", "PageDown", " "}) {
            KEYS.put(k, NEXT);
        }
        for (String k : new String[] {"ArrowLeft", "ArrowUp", "PageUp"}) {
            KEYS.put(k, BACK);
        }
        KEYS.put("r", RESET);
        KEYS.put("a", TOGGLE_ANSWERS);
        KEYS.put("p", PLAY_PAUSE);
        KEYS.put("s", PLAY_ONE);
        KEYS.put("n", OPEN_NOTES);
    }

    private final String description;

    PresenterKeys(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Optional<PresenterKeys> of(String key) {
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(KEYS.get(key.length() == 1 ? key.toLowerCase(Locale.ROOT) : key));
    }

    /** Every key the browser should forward, comma-separated ({@code " "} is the space bar). */
    public static String forwarded() {
        return String.join(",", KEYS.keySet()) + ",R,A,P,S,N";
    }

    /** A one-line legend of the keys, for the on-screen help. */
    public static String legend() {
        return "→ or Space: next · ←: back · P: play/pause · S: one action · A: answers · R: reset · N: notes";
    }
}
