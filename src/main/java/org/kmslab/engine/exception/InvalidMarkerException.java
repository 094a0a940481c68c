package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code InvalidMarkerException}: the pagination marker is not one the engine issued. */
public final class InvalidMarkerException extends KmsException {

    public InvalidMarkerException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "InvalidMarkerException";
    }
}
