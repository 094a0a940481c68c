package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code NotFoundException}: the named key, alias or grant does not exist. */
public final class NotFoundException extends KmsException {

    public NotFoundException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "NotFoundException";
    }
}
