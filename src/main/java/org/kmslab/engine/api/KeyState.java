package org.kmslab.engine.api;

/** The lifecycle state of a key (AWS {@code KeyState}). */
public enum KeyState implements WireEnum {
    CREATING("Creating"),
    ENABLED("Enabled"),
    DISABLED("Disabled"),
    PENDING_DELETION("PendingDeletion"),
    PENDING_IMPORT("PendingImport"),
    PENDING_REPLICA_DELETION("PendingReplicaDeletion"),
    UNAVAILABLE("Unavailable"),
    UPDATING("Updating");

    private final String wire;

    KeyState(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /**
     * Parses an AWS wire string; null stays null.
     *
     * @throws org.kmslab.engine.exception.ValidationException in AWS's enum-constraint form
     */
    public static KeyState fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
