package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksProxyUriInUseException}: another external key store already uses this proxy endpoint and path. */
public final class XksProxyUriInUseException extends KmsException {

    public XksProxyUriInUseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksProxyUriInUseException";
    }
}
