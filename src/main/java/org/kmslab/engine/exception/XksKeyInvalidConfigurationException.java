package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksKeyInvalidConfigurationException}: the external key is not an enabled AES-256 key that can encrypt and decrypt. */
public final class XksKeyInvalidConfigurationException extends KmsException {

    public XksKeyInvalidConfigurationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksKeyInvalidConfigurationException";
    }
}
