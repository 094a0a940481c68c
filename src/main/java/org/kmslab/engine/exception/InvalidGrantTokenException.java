package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code InvalidGrantTokenException}: a grant token is malformed or unknown. */
public final class InvalidGrantTokenException extends KmsException {

    public InvalidGrantTokenException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "InvalidGrantTokenException";
    }
}
