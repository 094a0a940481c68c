package org.kmslab.engine;

import java.util.List;

/**
 * The engine's side of the AWS "External Key Store (XKS) Proxy API": how KMS calls an external key store proxy.
 * The engine defines what it needs; an HTTP implementation that signs each request with SigV4 (service
 * {@code kms-xks-proxy}) under the proxy's own credential is plugged in from outside the engine.
 * Spec: https://github.com/aws/aws-kms-xksproxy-api-spec/blob/main/xks_proxy_api_spec.md
 *
 * <p>Contract: every method either returns the proxy's answer or throws {@link Failure}; none of them logs
 * plaintext, ciphertext or the secret.
 */
public interface ExternalKeyClient {

    /** Where the proxy is and the credential to sign with; {@code region} is the calling KMS Region. */
    record Endpoint(String uriEndpoint, String uriPath, String accessKeyId, String secretAccessKey, String region) {
        @Override
        public String toString() {
            return "Endpoint[" + uriEndpoint + uriPath + ", " + accessKeyId + ", secret redacted]";
        }
    }

    /** The spec's {@code requestMetadata}; null members are left out of the request. */
    record RequestMetadata(String awsPrincipalArn, String kmsKeyArn, String kmsOperation, String kmsRequestId) {
    }

    /** GetHealthStatus's answer, reduced to what KMS looks at. */
    record Health(int xksProxyFleetSize, String xksProxyVendor, String ekmVendor, List<String> ekmHealthStatuses) {
    }

    /** GetKeyMetadata's answer. */
    record KeyMetadata(String keySpec, List<String> keyUsage, String keyStatus) {
    }

    /** Encrypt's answer (AES-GCM by the external key manager). */
    record Sealed(byte[] ciphertext, byte[] initializationVector, byte[] authenticationTag,
            byte[] ciphertextMetadata) {
        @Override
        public String toString() {
            return "Sealed[" + ciphertext.length + " bytes]";
        }
    }

    /** Why a proxy call failed: the proxy's {@code errorName}, or a transport problem KMS saw itself. */
    final class Failure extends RuntimeException {

        /** Transport-level outcomes, as opposed to an {@code errorName} from the proxy. */
        public enum Kind { ERROR_NAME, UNREACHABLE, TIMED_OUT, INVALID_RESPONSE }

        private final Kind kind;
        private final String errorName;

        public Failure(Kind kind, String errorName) {
            super(kind == Kind.ERROR_NAME ? errorName : kind.name(), null, false, false);
            this.kind = kind;
            this.errorName = errorName;
        }

        public Kind kind() {
            return kind;
        }

        /** The spec's {@code errorName} (e.g. {@code AuthenticationFailedException}), or null. */
        public String errorName() {
            return errorName;
        }
    }

    Health getHealthStatus(Endpoint endpoint, RequestMetadata metadata);

    KeyMetadata getKeyMetadata(Endpoint endpoint, String externalKeyId, RequestMetadata metadata);

    Sealed encrypt(Endpoint endpoint, String externalKeyId, RequestMetadata metadata, byte[] plaintext, byte[] aad);

    byte[] decrypt(Endpoint endpoint, String externalKeyId, RequestMetadata metadata, Sealed sealed, byte[] aad);

    /** A client with no network: every proxy is unreachable (an engine nobody plugged a client into). */
    ExternalKeyClient UNREACHABLE = new ExternalKeyClient() {
        private Failure down() {
            return new Failure(Failure.Kind.UNREACHABLE, null);
        }

        @Override
        public Health getHealthStatus(Endpoint e, RequestMetadata m) {
            throw down();
        }

        @Override
        public KeyMetadata getKeyMetadata(Endpoint e, String id, RequestMetadata m) {
            throw down();
        }

        @Override
        public Sealed encrypt(Endpoint e, String id, RequestMetadata m, byte[] p, byte[] aad) {
            throw down();
        }

        @Override
        public byte[] decrypt(Endpoint e, String id, RequestMetadata m, Sealed s, byte[] aad) {
            throw down();
        }
    };
}
