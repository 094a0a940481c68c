package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code AccessDeniedException}: the caller is not authorized, or the ciphertext names an inaccessible key. */
public final class AccessDeniedException extends KmsException {

    public AccessDeniedException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "AccessDeniedException";
    }
}
