package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/**
 * AWS KMS {@code KMSInvalidSignatureException}: the signature does not verify. AWS sends no message.
 */
public final class KMSInvalidSignatureException extends KmsException {

    public KMSInvalidSignatureException() {
        super("");
    }

    @Override
    public String errorCode() {
        return "KMSInvalidSignatureException";
    }
}
