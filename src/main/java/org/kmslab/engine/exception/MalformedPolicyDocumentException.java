package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code MalformedPolicyDocumentException}: the key policy is not a valid policy document. */
public final class MalformedPolicyDocumentException extends KmsException {

    public MalformedPolicyDocumentException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "MalformedPolicyDocumentException";
    }
}
