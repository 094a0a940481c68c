package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/**
 * AWS KMS {@code KMSInvalidMacException}: the MAC does not verify. AWS sends no message.
 */
public final class KMSInvalidMacException extends KmsException {

    public KMSInvalidMacException() {
        super("");
    }

    @Override
    public String errorCode() {
        return "KMSInvalidMacException";
    }
}
