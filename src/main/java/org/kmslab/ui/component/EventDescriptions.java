package org.kmslab.ui.component;

import org.kmslab.engine.EngineEvent;

/** Plain-language sentences for engine events: the text alternative of every animation. */
public final class EventDescriptions {

    private EventDescriptions() {}

    public static String describe(EngineEvent e) {
        String key = e.keyArn() == null ? "" : " with key " + shortKey(e.keyArn());
        if (e.errorCode() != null) {
            String message = e.errorMessage() == null || e.errorMessage().isBlank() ? "" : ": " + e.errorMessage();
            return e.eventName() + " was refused" + key + " (" + e.errorCode() + message + ").";
        }
        return switch (e.eventName()) {
            case "CreateKey" -> "CreateKey made a new KMS key" + key.replace(" with key", "") + ".";
            case "Encrypt" -> "Encrypt turned plaintext into ciphertext" + key + ".";
            case "Decrypt" -> "Decrypt turned ciphertext back into plaintext" + key + ".";
            default -> e.eventName() + " succeeded" + key + ".";
        };
    }

    /** The key id part of a key ARN. */
    static String shortKey(String keyArn) {
        int slash = keyArn.lastIndexOf('/');
        return slash < 0 ? keyArn : keyArn.substring(slash + 1);
    }
}
