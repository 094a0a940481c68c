package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksProxyUriUnreachableException}: KMS could not reach the external key store proxy. */
public final class XksProxyUriUnreachableException extends KmsException {

    public XksProxyUriUnreachableException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksProxyUriUnreachableException";
    }
}
