package org.kmslab.engine;

/**
 * Base of every error the engine raises. Each subclass is named after the AWS KMS exception it stands for and
 * {@link #errorCode()} returns that exact AWS name, so the wire layer can put it in {@code __type}.
 *
 * <p>Contract: messages carry AWS's text and never contain key material, plaintext or tokens.
 */
public abstract class KmsException extends RuntimeException {

    protected KmsException(String message) {
        super(message, null, false, false);
    }

    /** The AWS exception type name, e.g. {@code NotFoundException}. */
    public abstract String errorCode();
}
