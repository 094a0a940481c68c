package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code InvalidImportTokenException}: the import token is not the current one for the key. */
public final class InvalidImportTokenException extends KmsException {

    public InvalidImportTokenException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "InvalidImportTokenException";
    }
}
