package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksProxyInvalidConfigurationException}: the proxy settings are invalid, e.g. a URI path the proxy does not serve. */
public final class XksProxyInvalidConfigurationException extends KmsException {

    public XksProxyInvalidConfigurationException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksProxyInvalidConfigurationException";
    }
}
