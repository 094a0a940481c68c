package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code InvalidArnException}: an ARN in the request is malformed. */
public final class InvalidArnException extends KmsException {

    public InvalidArnException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "InvalidArnException";
    }
}
