package org.kmslab.sandbox.services;

/**
 * An error a simulated AWS service answers with, named by the service's own error code (e.g. {@code NoSuchBucket},
 * {@code KMS.DisabledException}, {@code KMSKeyNotAccessibleFault}) and carrying its message, so the console can
 * print it the way the AWS CLI does.
 */
public final class ServiceException extends RuntimeException {

    private final String code;

    public ServiceException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
