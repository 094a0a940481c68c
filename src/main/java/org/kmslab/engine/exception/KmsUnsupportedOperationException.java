package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code UnsupportedOperationException}: the operation is not supported for this key (named to avoid clashing with java.lang). */
public final class KmsUnsupportedOperationException extends KmsException {

    public KmsUnsupportedOperationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "UnsupportedOperationException";
    }
}
