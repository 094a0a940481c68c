package org.kmslab.engine.api;

/** A custom key store's connection to its backing key store (AWS {@code ConnectionStateType}). */
public enum ConnectionState implements WireEnum {
    CONNECTED("CONNECTED"),
    CONNECTING("CONNECTING"),
    FAILED("FAILED"),
    DISCONNECTED("DISCONNECTED"),
    DISCONNECTING("DISCONNECTING");

    private final String wire;

    ConnectionState(String wire) {
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
    public static ConnectionState fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
