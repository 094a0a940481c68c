package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CloudHsmClusterInUseException}: the CloudHSM cluster already backs another custom key store. */
public final class CloudHsmClusterInUseException extends KmsException {

    public CloudHsmClusterInUseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CloudHsmClusterInUseException";
    }
}
