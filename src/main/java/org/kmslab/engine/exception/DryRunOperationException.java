package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code DryRunOperationException}: the request would have succeeded, but DryRun was set. */
public final class DryRunOperationException extends KmsException {

    public DryRunOperationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "DryRunOperationException";
    }
}
