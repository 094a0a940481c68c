package org.kmslab.engine.api;

/** AWS {@code UpdateCustomKeyStore} request: a new name (any state) or new backing settings (disconnected only). */
public record UpdateCustomKeyStoreRequest(String customKeyStoreId, String newCustomKeyStoreName, String keyStorePassword, String cloudHsmClusterId, String xksProxyUriEndpoint, String xksProxyUriPath, String xksProxyVpcEndpointServiceName, String xksProxyVpcEndpointServiceOwner, XksProxyAuthenticationCredential xksProxyAuthenticationCredential, String xksProxyConnectivity) {

    /** Renames a store. */
    public static UpdateCustomKeyStoreRequest rename(String id, String newName) {
        return new UpdateCustomKeyStoreRequest(id, newName, null, null, null, null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "UpdateCustomKeyStoreRequest[" + customKeyStoreId + ", keyStorePassword=redacted]";
    }
}
