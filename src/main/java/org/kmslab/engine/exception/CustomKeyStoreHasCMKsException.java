package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CustomKeyStoreHasCMKsException}: the custom key store still holds KMS keys, so it cannot be deleted. */
public final class CustomKeyStoreHasCMKsException extends KmsException {

    public CustomKeyStoreHasCMKsException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CustomKeyStoreHasCMKsException";
    }
}
