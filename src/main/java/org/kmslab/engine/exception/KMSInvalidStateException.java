package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code KMSInvalidStateException}: the key's state does not allow the operation. */
public final class KMSInvalidStateException extends KmsException {

    public KMSInvalidStateException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "KMSInvalidStateException";
    }
}
