package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code ExpiredImportTokenException}: the import token has expired. */
public final class ExpiredImportTokenException extends KmsException {

    public ExpiredImportTokenException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "ExpiredImportTokenException";
    }
}
