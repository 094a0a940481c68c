package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code IncorrectTrustAnchorException}: the trust anchor certificate is not the one that signed the cluster's certificate. */
public final class IncorrectTrustAnchorException extends KmsException {

    public IncorrectTrustAnchorException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "IncorrectTrustAnchorException";
    }
}
