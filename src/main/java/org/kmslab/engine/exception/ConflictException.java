package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code ConflictException}: the request conflicts with work in progress (e.g. a due rotation). */
public final class ConflictException extends KmsException {

    public ConflictException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ConflictException";
    }
}
