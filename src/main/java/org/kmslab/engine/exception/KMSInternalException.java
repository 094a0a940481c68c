package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code KMSInternalException}: an unexpected internal failure. */
public final class KMSInternalException extends KmsException {

    public KMSInternalException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "KMSInternalException";
    }
}
