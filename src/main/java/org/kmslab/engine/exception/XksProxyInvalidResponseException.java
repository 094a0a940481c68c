package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksProxyInvalidResponseException}: KMS could not interpret the proxy's response. */
public final class XksProxyInvalidResponseException extends KmsException {

    public XksProxyInvalidResponseException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksProxyInvalidResponseException";
    }
}
