package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code DisabledException}: the key is disabled. */
public final class DisabledException extends KmsException {

    public DisabledException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "DisabledException";
    }
}
