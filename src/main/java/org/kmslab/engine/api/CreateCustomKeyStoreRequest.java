package org.kmslab.engine.api;

/** AWS {@code CreateCustomKeyStore} request: a CloudHSM key store (cluster, trust anchor, kmsuser password) or an external key store (proxy URI, path, credential, connectivity). */
public record CreateCustomKeyStoreRequest(String customKeyStoreName, String cloudHsmClusterId, String trustAnchorCertificate, String keyStorePassword, String customKeyStoreType, String xksProxyUriEndpoint, String xksProxyUriPath, String xksProxyVpcEndpointServiceName, String xksProxyVpcEndpointServiceOwner, XksProxyAuthenticationCredential xksProxyAuthenticationCredential, String xksProxyConnectivity) {

    /** A CloudHSM key store request. */
    public static CreateCustomKeyStoreRequest cloudHsm(String name, String clusterId, String trustAnchor,
            String password) {
        return new CreateCustomKeyStoreRequest(name, clusterId, trustAnchor, password, null, null, null, null, null,
                null, null);
    }

    /** An external key store request with a public proxy endpoint. */
    public static CreateCustomKeyStoreRequest external(String name, String uriEndpoint, String uriPath,
            XksProxyAuthenticationCredential credential) {
        return new CreateCustomKeyStoreRequest(name, null, null, null, "EXTERNAL_KEY_STORE", uriEndpoint, uriPath,
                null, null, credential, "PUBLIC_ENDPOINT");
    }

    @Override
    public String toString() {
        return "CreateCustomKeyStoreRequest[" + customKeyStoreName + ", keyStorePassword=redacted]";
    }
}
