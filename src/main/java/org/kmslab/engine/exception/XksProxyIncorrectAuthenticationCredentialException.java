package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code XksProxyIncorrectAuthenticationCredentialException}: the proxy rejected KMS's SigV4 signature (wrong proxy credentials). */
public final class XksProxyIncorrectAuthenticationCredentialException extends KmsException {

    public XksProxyIncorrectAuthenticationCredentialException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "XksProxyIncorrectAuthenticationCredentialException";
    }
}
