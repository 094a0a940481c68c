package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksKeyAlreadyInUseException}: another KMS key in the same external key store already uses that external key. */
public final class XksKeyAlreadyInUseException extends KmsException {

    public XksKeyAlreadyInUseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksKeyAlreadyInUseException";
    }
}
