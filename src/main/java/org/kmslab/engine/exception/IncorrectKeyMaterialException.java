package org.kmslab.engine.exception;

import org.kmslab.engine.KmsException;

/** AWS KMS {@code IncorrectKeyMaterialException}: the imported material differs from the key's material. */
public final class IncorrectKeyMaterialException extends KmsException {

    public IncorrectKeyMaterialException(String message) {
        super(message);
    }

    @Override
    public String errorCode() {
        return "IncorrectKeyMaterialException";
    }
}
