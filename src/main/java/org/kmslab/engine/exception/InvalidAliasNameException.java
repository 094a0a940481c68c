package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code InvalidAliasNameException}: the alias name breaks AWS's naming rules. */
public final class InvalidAliasNameException extends KmsException {

    public InvalidAliasNameException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "InvalidAliasNameException";
    }
}
