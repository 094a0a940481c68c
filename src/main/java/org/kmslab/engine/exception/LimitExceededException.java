package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code LimitExceededException}: a quota (aliases, tags, grants, rotations) is exhausted. */
public final class LimitExceededException extends KmsException {

    public LimitExceededException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "LimitExceededException";
    }
}
