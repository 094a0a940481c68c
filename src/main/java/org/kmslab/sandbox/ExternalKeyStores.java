package org.kmslab.sandbox;

import java.time.Instant;
import java.util.List;
import org.kmslab.engine.ExternalKeyClient;

/**
 * What the sandbox needs for external key stores, plugged in from {@code org.kmslab.api.xks}: the HTTP client every
 * engine calls XKS proxies with, and the in-process proxy's side for each account (its URI, its own SigV4 credential,
 * and the external key manager's keys, which a learner creates and enables or disables as they would in their HSM).
 */
public interface ExternalKeyStores {

    /** The in-process proxy as one account sees it; the secret is the proxy's, unrelated to any IAM credential. */
    record Tenant(String uriEndpoint, String uriPath, String accessKeyId, String secretAccessKey, List<Key> keys,
            List<ProxyRequest> requests) {
        @Override
        public String toString() {
            return "Tenant[" + uriEndpoint + uriPath + ", " + accessKeyId + ", secret redacted]";
        }
    }

    /** One external key: its id (the {@code XksKeyId} of CreateKey) and status, ENABLED or DISABLED. */
    record Key(String keyId, String status) {
    }

    /**
     * One request the proxy received, as its log keeps it (no plaintext, ciphertext or key): the XKS API, the KMS
     * operation and request id behind it, the KMS key, the external key and the HTTP status.
     */
    record ProxyRequest(Instant at, String api, String kmsOperation, String kmsRequestId, String kmsKeyArn,
            String externalKeyId, int status) {
    }

    ExternalKeyClient client();

    /** The account's proxy tenant, made on first use. */
    Tenant tenant(String accountId);

    /** A new AES-256 key in the account's external key manager. */
    Key createKey(String accountId);

    /**
     * Enables or disables an external key in the external key manager (KMS cannot do this).
     *
     * @throws IllegalArgumentException when the account's key manager has no such key
     */
    Key setKeyEnabled(String accountId, String keyId, boolean enabled);

    /** No external key stores: every proxy is unreachable, and there is no in-process proxy. */
    ExternalKeyStores NONE = new ExternalKeyStores() {
        @Override
        public ExternalKeyClient client() {
            return ExternalKeyClient.UNREACHABLE;
        }

        @Override
        public Tenant tenant(String accountId) {
            throw new IllegalStateException("this application runs no external key store proxy");
        }

        @Override
        public Key createKey(String accountId) {
            throw new IllegalStateException("this application runs no external key store proxy");
        }

        @Override
        public Key setKeyEnabled(String accountId, String keyId, boolean enabled) {
            throw new IllegalStateException("this application runs no external key store proxy");
        }
    };
}
