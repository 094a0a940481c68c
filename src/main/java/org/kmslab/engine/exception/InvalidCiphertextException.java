package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/**
 * AWS KMS {@code InvalidCiphertextException}: the blob is corrupt, was tampered with, or the encryption context
 * does not match. AWS returns an empty message; so do we, so the error never hints at which check failed.
 */
public final class InvalidCiphertextException extends KmsException {

    public InvalidCiphertextException() {
        super("");
    }

    @Override
    public String errorCode() {
        return "InvalidCiphertextException";
    }
}
