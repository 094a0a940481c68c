package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code CloudHsmClusterInvalidConfigurationException}: the CloudHSM cluster lacks what a key store needs, e.g. two active HSMs in different Availability Zones. */
public final class CloudHsmClusterInvalidConfigurationException extends KmsException {

    public CloudHsmClusterInvalidConfigurationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "CloudHsmClusterInvalidConfigurationException";
    }
}
