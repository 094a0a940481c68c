package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CustomKeyStoreInvalidStateException}: the custom key store's connection state does not allow the operation. */
public final class CustomKeyStoreInvalidStateException extends KmsException {

    public CustomKeyStoreInvalidStateException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CustomKeyStoreInvalidStateException";
    }
}
