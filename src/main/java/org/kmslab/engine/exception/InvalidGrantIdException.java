package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code InvalidGrantIdException}: the grant id is unknown or malformed. */
public final class InvalidGrantIdException extends KmsException {

    public InvalidGrantIdException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "InvalidGrantIdException";
    }
}
