package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code IncorrectKeyException}: the key named in the request did not encrypt the ciphertext. */
public final class IncorrectKeyException extends KmsException {

    public IncorrectKeyException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "IncorrectKeyException";
    }
}
