package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code InvalidKeyUsageException}: the key's usage or spec does not allow the operation or algorithm. */
public final class InvalidKeyUsageException extends KmsException {

    public InvalidKeyUsageException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "InvalidKeyUsageException";
    }
}
