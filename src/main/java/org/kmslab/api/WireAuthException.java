package org.kmslab.api;

/** A request that cannot be attributed to a sandbox; carries the AWS error type and message to answer with. */
final class WireAuthException extends RuntimeException {

    private final String errorType;

    WireAuthException(String errorType, String message) {
        super(message, null, false, false);
        this.errorType = errorType;
    }

    String errorType() {
        return errorType;
    }
}
