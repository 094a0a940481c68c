package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CustomKeyStoreNotFoundException}: no custom key store with the given id or name exists in this account and Region. */
public final class CustomKeyStoreNotFoundException extends KmsException {

    public CustomKeyStoreNotFoundException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CustomKeyStoreNotFoundException";
    }
}
