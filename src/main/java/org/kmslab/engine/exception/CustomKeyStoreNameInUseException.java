package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CustomKeyStoreNameInUseException}: another custom key store in the account and Region already has that name. */
public final class CustomKeyStoreNameInUseException extends KmsException {

    public CustomKeyStoreNameInUseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CustomKeyStoreNameInUseException";
    }
}
