package org.kmslab.engine.api;

/** Whether Sign/Verify get the message or its digest (AWS {@code MessageType}). */
public enum MessageType implements WireEnum {
    RAW("RAW"),
    DIGEST("DIGEST"),
    EXTERNAL_MU("EXTERNAL_MU");

    private final String wire;

    MessageType(String wire) {
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
    public static MessageType fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
