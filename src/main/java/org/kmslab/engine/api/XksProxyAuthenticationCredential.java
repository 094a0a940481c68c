package org.kmslab.engine.api;

/** AWS {@code XksProxyAuthenticationCredentialType}: the proxy's own SigV4 credential, which KMS signs every proxy request with. The secret is never copied into events or strings. */
public record XksProxyAuthenticationCredential(String accessKeyId, String rawSecretAccessKey) {

    @Override
    public String toString() {
        return "XksProxyAuthenticationCredential[accessKeyId=" + accessKeyId + ", rawSecretAccessKey=redacted]";
    }
}
