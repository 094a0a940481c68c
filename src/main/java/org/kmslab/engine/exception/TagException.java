package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code TagException}: a tag breaks AWS's tagging rules. */
public final class TagException extends KmsException {

    public TagException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "TagException";
    }
}
