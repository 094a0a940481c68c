package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CloudHsmClusterNotFoundException}: no CloudHSM cluster with that id exists. */
public final class CloudHsmClusterNotFoundException extends KmsException {

    public CloudHsmClusterNotFoundException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CloudHsmClusterNotFoundException";
    }
}
