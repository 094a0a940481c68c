package org.kmslab.engine.internal.ops;

import java.util.regex.Pattern;

import org.kmslab.engine.ExternalKeyClient;
import org.kmslab.engine.api.XksProxyAuthenticationCredential;
import org.kmslab.engine.api.XksProxyConnectivity;
import org.kmslab.engine.exception.CloudHsmClusterInUseException;
import org.kmslab.engine.exception.CloudHsmClusterInvalidConfigurationException;
import org.kmslab.engine.exception.CloudHsmClusterNotFoundException;
import org.kmslab.engine.exception.CustomKeyStoreNameInUseException;
import org.kmslab.engine.exception.IncorrectTrustAnchorException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.XksProxyInvalidResponseException;
import org.kmslab.engine.exception.XksProxyUriInUseException;
import org.kmslab.engine.internal.store.CustomKeyStoreRecord;
import org.kmslab.engine.internal.store.HsmCluster;

/** The checks CreateCustomKeyStore and UpdateCustomKeyStore share: names, clusters, trust anchors, proxy settings. */
final class KeyStoreSettings {

    /** The model's patterns; KMS Lab also accepts {@code http://} for a proxy on this machine (see wire-protocol.md). */
    private static final Pattern URI_ENDPOINT = Pattern.compile("^https?://[a-zA-Z0-9.-]+(:[0-9]{1,5})?$");
    private static final Pattern URI_PATH = Pattern.compile("^(/[a-zA-Z0-9/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("^[A-Z2-7]{20,30}$");
    private static final Pattern SECRET = Pattern.compile("^[a-zA-Z0-9/+=]{43,64}$");

    private final EngineCore core;

    KeyStoreSettings(EngineCore core) {
        this.core = core;
    }

    void requireUniqueName(String name, String exceptId) {
        boolean taken = core.store().customKeyStores().values().stream()
                .anyMatch(s -> s.name().equals(name) && !s.id().equals(exceptId));
        if (taken) {
            throw new CustomKeyStoreNameInUseException("The request was rejected because the specified custom key "
                    + "store name is already assigned to another custom key store in the account.");
        }
    }

    void checkNoXksMembers(String endpoint, String path, XksProxyAuthenticationCredential credential,
            String connectivity) {
        if (endpoint != null || path != null || credential != null || connectivity != null) {
            throw Validate.fail("XksProxy parameters are only valid for a custom key store of type "
                    + "EXTERNAL_KEY_STORE.");
        }
    }

    HsmCluster cluster(String clusterId) {
        HsmCluster c = core.store().hsmClusters().get(clusterId);
        if (c == null) {
            throw new CloudHsmClusterNotFoundException("The request was rejected because KMS cannot find the "
                    + "CloudHSM cluster with the specified cluster ID. Retry the request with a different cluster ID.");
        }
        return c;
    }

    /** A cluster that may back a key store: exists, unused by another store, two active HSMs in two AZs. */
    HsmCluster usableCluster(String clusterId, String exceptStoreId) {
        Validate.length("cloudHsmClusterId", clusterId, 19, 24);
        HsmCluster c = cluster(clusterId);
        boolean inUse = core.store().customKeyStores().values().stream()
                .anyMatch(s -> !s.id().equals(exceptStoreId) && s.clusterId() != null
                        && core.store().hsmClusters().containsKey(s.clusterId())
                        && core.store().hsmClusters().get(s.clusterId()).backupLineage().equals(c.backupLineage()));
        if (inUse) {
            throw new CloudHsmClusterInUseException("The request was rejected because the specified CloudHSM cluster "
                    + "is already associated with a CloudHSM key store in the account, or it shares a backup "
                    + "history with a CloudHSM key store in the account.");
        }
        requireTwoZones(c);
        return c;
    }

    static void requireTwoZones(HsmCluster c) {
        if (c.hsms().size() < 2 || c.availabilityZones() < 2) {
            throw new CloudHsmClusterInvalidConfigurationException("The request was rejected because the associated "
                    + "CloudHSM cluster did not meet the configuration requirements for a CloudHSM key store: it "
                    + "must contain at least two active HSMs, each in a different Availability Zone.");
        }
    }

    void checkTrustAnchor(HsmCluster c, String pem) {
        if (!normalize(pem).equals(normalize(c.trustAnchorPem()))) {
            throw new IncorrectTrustAnchorException("The request was rejected because the trust anchor certificate "
                    + "in the request to create a CloudHSM key store is not the trust anchor certificate for the "
                    + "specified CloudHSM cluster.");
        }
    }

    private static String normalize(String pem) {
        return pem.replaceAll("\\s+", "");
    }

    String password(String value) {
        return Validate.length("keyStorePassword", value, 7, 32);
    }

    /** Validated proxy settings; {@code exceptStoreId} is the store being updated (its own URI is not "in use"). */
    CustomKeyStoreRecord.Xks xks(String endpoint, String path, XksProxyAuthenticationCredential credential,
            String connectivity, String vpcServiceName, String exceptStoreId) {
        Validate.length("xksProxyUriEndpoint", endpoint, 10, 128);
        if (!URI_ENDPOINT.matcher(endpoint).matches()) {
            throw Validate.fail("1 validation error detected: Value '" + endpoint + "' at 'xksProxyUriEndpoint' "
                    + "failed to satisfy constraint: Member must satisfy regular expression pattern: ^https://.*");
        }
        Validate.length("xksProxyUriPath", path, 10, 128);
        if (!URI_PATH.matcher(path).matches()) {
            throw Validate.fail("1 validation error detected: Value '" + path + "' at 'xksProxyUriPath' failed to "
                    + "satisfy constraint: Member must satisfy regular expression pattern: " + URI_PATH.pattern());
        }
        String keyId = Validate.required("xksProxyAuthenticationCredential.accessKeyId", credential.accessKeyId());
        String secret = Validate.required("xksProxyAuthenticationCredential.rawSecretAccessKey",
                credential.rawSecretAccessKey());
        if (!ACCESS_KEY_ID.matcher(keyId).matches()) {
            throw Validate.fail("1 validation error detected: Value at 'xksProxyAuthenticationCredential.accessKeyId'"
                    + " failed to satisfy constraint: Member must be 20-30 characters from A-Z and 2-7");
        }
        if (!SECRET.matcher(secret).matches()) {
            throw Validate.fail("1 validation error detected: Value at "
                    + "'xksProxyAuthenticationCredential.rawSecretAccessKey' failed to satisfy constraint: Member "
                    + "must be 43-64 characters from a-z, A-Z, 0-9, /, + and =");
        }
        XksProxyConnectivity c = XksProxyConnectivity.fromWire("xksProxyConnectivity", connectivity);
        if (c == XksProxyConnectivity.VPC_ENDPOINT_SERVICE) {
            throw new KmsUnsupportedOperationException("KMS Lab does not simulate VPC endpoint services; use "
                    + "XksProxyConnectivity PUBLIC_ENDPOINT.");
        }
        boolean taken = core.store().customKeyStores().values().stream()
                .anyMatch(s -> !s.id().equals(exceptStoreId) && s.xks() != null
                        && (s.xks().uriEndpoint() + s.xks().uriPath()).equals(endpoint + path));
        if (taken) {
            throw new XksProxyUriInUseException("The request was rejected because the concatenation of the "
                    + "XksProxyUriEndpoint and XksProxyUriPath is already associated with another external key "
                    + "store in this AWS Region.");
        }
        return new CustomKeyStoreRecord.Xks(endpoint, path, keyId, secret, c.wire(), vpcServiceName);
    }

    /** KMS calls GetHealthStatus whenever an external key store is created or its proxy settings change. */
    void checkProxy(CustomKeyStoreRecord s, String operation) {
        boolean healthy;
        try {
            healthy = core.customKeyStores().healthy(s, operation);
        } catch (ExternalKeyClient.Failure f) {
            throw XksErrors.of(f, XksErrors.During.KEY_STORE);
        }
        if (!healthy) {
            throw new XksProxyInvalidResponseException("The external key store proxy reports that no external key "
                    + "manager is available.");
        }
    }
}
