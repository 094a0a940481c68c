package org.kmslab.engine.api;

/** AWS {@code XksProxyConfigurationType}: how an external key store reaches its proxy (no secret: only the access key id). */
public record XksProxyConfiguration(String connectivity, String accessKeyId, String uriEndpoint, String uriPath, String vpcEndpointServiceName, String vpcEndpointServiceOwner) {
}
