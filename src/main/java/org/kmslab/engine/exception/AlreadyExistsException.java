package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code AlreadyExistsException}: the alias (or other resource) already exists. */
public final class AlreadyExistsException extends KmsException {

    public AlreadyExistsException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "AlreadyExistsException";
    }
}
