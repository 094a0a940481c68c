package org.kmslab.engine.internal.ops;

import org.kmslab.engine.ExternalKeyClient.Failure;
import org.kmslab.engine.KmsException;
import org.kmslab.engine.api.ConnectionErrorCode;
import org.kmslab.engine.exception.CustomKeyStoreInvalidStateException;
import org.kmslab.engine.exception.KMSInvalidStateException;
import org.kmslab.engine.exception.XksKeyInvalidConfigurationException;
import org.kmslab.engine.exception.XksKeyNotFoundException;
import org.kmslab.engine.exception.XksProxyIncorrectAuthenticationCredentialException;
import org.kmslab.engine.exception.XksProxyInvalidConfigurationException;
import org.kmslab.engine.exception.XksProxyInvalidResponseException;
import org.kmslab.engine.exception.XksProxyUriUnreachableException;

/**
 * What KMS answers when its external key store proxy fails, as the XKS Proxy API specification's "KMS
 * Considerations" table lays out: one message per failure, and an exception that depends on which KMS operation
 * was running (a key store operation, CreateKey, or a cryptographic operation).
 */
final class XksErrors {

    /** Which family of KMS operation met the failure. */
    enum During { KEY_STORE, CREATE_KEY, CRYPTO }

    static final String CANNOT_INTERPRET = "AWS KMS cannot interpret the response from the external key store proxy. "
            + "If you see this error repeatedly, report it to your external key store proxy administrator.";
    static final String NOT_CONNECTED = "This KMS key is in a custom key store that is not connected to its external "
            + "key store proxy. Connect the external key store and try the request again.";

    private XksErrors() {
    }

    static KmsException of(Failure f, During during) {
        String name = f.kind() == Failure.Kind.ERROR_NAME ? f.errorName() : f.kind().name();
        String message = message(name);
        if (during == During.CRYPTO) {
            return new KMSInvalidStateException(message);
        }
        return switch (name) {
            case "AuthenticationFailedException" -> during == During.KEY_STORE
                    ? new XksProxyIncorrectAuthenticationCredentialException(message)
                    : new CustomKeyStoreInvalidStateException(message);
            case "InvalidUriPathException" -> during == During.KEY_STORE
                    ? new XksProxyInvalidConfigurationException(message)
                    : new CustomKeyStoreInvalidStateException(message);
            case "UNREACHABLE", "TIMED_OUT", "DependencyTimeoutException", "ThrottlingException" ->
                    during == During.KEY_STORE ? new XksProxyUriUnreachableException(message)
                            : new CustomKeyStoreInvalidStateException(message);
            case "KeyNotFoundException" -> during == During.CREATE_KEY ? new XksKeyNotFoundException(message)
                    : new XksProxyInvalidResponseException(message);
            case "InvalidStateException", "InvalidKeyUsageException" -> during == During.CREATE_KEY
                    ? new XksKeyInvalidConfigurationException(message)
                    : new XksProxyInvalidResponseException(message);
            case "AccessDeniedException" -> during == During.CREATE_KEY ? new KMSInvalidStateException(message)
                    : new XksProxyInvalidResponseException(message);
            default -> during == During.KEY_STORE ? new XksProxyInvalidResponseException(message)
                    : new CustomKeyStoreInvalidStateException(message);
        };
    }

    /** The connection error a failed health check leaves on the key store. */
    static ConnectionErrorCode connectionError(Failure f) {
        String name = f.kind() == Failure.Kind.ERROR_NAME ? f.errorName() : f.kind().name();
        return switch (name) {
            case "AuthenticationFailedException" -> ConnectionErrorCode.INVALID_CREDENTIALS;
            case "AccessDeniedException" -> ConnectionErrorCode.XKS_PROXY_ACCESS_DENIED;
            case "InvalidUriPathException" -> ConnectionErrorCode.XKS_PROXY_INVALID_CONFIGURATION;
            case "UNREACHABLE" -> ConnectionErrorCode.XKS_PROXY_NOT_REACHABLE;
            case "TIMED_OUT", "DependencyTimeoutException" -> ConnectionErrorCode.XKS_PROXY_TIMED_OUT;
            default -> ConnectionErrorCode.XKS_PROXY_INVALID_RESPONSE;
        };
    }

    private static String message(String name) {
        return switch (name) {
            case "InvalidStateException" -> "The external key associated with this KMS key in an external key store "
                    + "is not enabled in the external key manager. Enable the external key in the external key "
                    + "manager and retry the request.";
            case "InvalidCiphertextException" -> "The external key store proxy rejected the request because the "
                    + "specified ciphertext or encryption context is corrupted, missing, or otherwise invalid.";
            case "InvalidKeyUsageException" -> "The external key associated with this KMS key in an external key "
                    + "store does not support the requested operation. Enable the operation on the key in your "
                    + "external key manager, and try the request again.";
            case "AuthenticationFailedException" -> "The external key store proxy rejected the request because it "
                    + "could not authenticate AWS KMS. Verify the XKS proxy authentication credentials for your "
                    + "external key store and update if necessary.";
            case "AccessDeniedException" -> "The external key store proxy denied access to the operation. Verify "
                    + "that the user and the external key are both authorized for this operation, and try the "
                    + "request again.";
            case "KeyNotFoundException" -> "The external key associated with this KMS key in an external key store "
                    + "was not found in its external key manager. If the external key ID associated with this KMS "
                    + "key is incorrect, create a new KMS key with the correct external key ID.";
            case "InvalidUriPathException" -> "The external key store proxy rejected the request because of an "
                    + "invalid URI path. Verify the URI path for your external key store and update if necessary.";
            case "UnsupportedOperationException" -> "The external key store proxy rejected the request because it "
                    + "does not support the requested operation. If you see this error repeatedly, report it to "
                    + "your external key store proxy administrator.";
            case "DependencyTimeoutException" -> "The external key store proxy did not respond to the request in "
                    + "the time allotted. Retry the request. If you see this error repeatedly, report it to your "
                    + "external key store proxy administrator.";
            case "ThrottlingException" -> "The external key store proxy rejected the request due to a very high "
                    + "request rate. Reduce the frequency of your calls using KMS keys in this external key store.";
            case "InternalException" -> "The external key store proxy rejected the request because it cannot "
                    + "communicate with the external key manager. Verify that the external key store proxy "
                    + "configuration is correct and that the external key manager is available.";
            case "UNREACHABLE" -> "AWS KMS cannot communicate with the external key store proxy. This might be a "
                    + "transient network issue. If you see this error repeatedly, verify that your external key "
                    + "store proxy is active and is connected to the network, and that its endpoint URI is correct "
                    + "in your external keystore.";
            case "TIMED_OUT" -> "AWS KMS rejected the request because the external key store proxy did not respond "
                    + "in time. Retry the request. If you see this error repeatedly, report it to your external key "
                    + "store proxy administrator.";
            default -> CANNOT_INTERPRET;
        };
    }
}
