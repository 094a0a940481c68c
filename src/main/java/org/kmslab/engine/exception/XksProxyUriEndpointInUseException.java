package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksProxyUriEndpointInUseException}: another external key store already uses this proxy endpoint. */
public final class XksProxyUriEndpointInUseException extends KmsException {

    public XksProxyUriEndpointInUseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksProxyUriEndpointInUseException";
    }
}
