package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksKeyNotFoundException}: the external key manager has no key with that id. */
public final class XksKeyNotFoundException extends KmsException {

    public XksKeyNotFoundException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksKeyNotFoundException";
    }
}
