package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code ValidationException}: a request member breaks a shape constraint. */
public final class ValidationException extends KmsException {

    public ValidationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ValidationException";
    }
}
