package org.kmslab.engine.internal.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.kmslab.engine.ExternalKeyClient;
import org.kmslab.engine.api.ConnectionErrorCode;
import org.kmslab.engine.api.ConnectionState;
import org.kmslab.engine.api.CustomKeyStoreType;
import org.kmslab.engine.exception.CustomKeyStoreNotFoundException;
import org.kmslab.engine.internal.crypto.Rng;
import org.kmslab.engine.internal.store.CustomKeyStoreRecord;
import org.kmslab.engine.internal.store.HsmCluster;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * The engine's custom key stores at run time: the external key client that reaches XKS proxies, the links from each
 * custom-key-store key to its backing, and the clock-driven end of CONNECTING (CloudHSM up to 20 minutes, external
 * key stores up to 5, as the AWS docs put it) and DISCONNECTING (one minute here).
 */
public final class CustomKeyStores {

    static final Duration CLOUDHSM_CONNECT = Duration.ofMinutes(20);
    static final Duration XKS_CONNECT = Duration.ofMinutes(5);
    static final Duration DISCONNECT = Duration.ofMinutes(1);
    static final String NOT_FOUND = "The request was rejected because KMS cannot find a custom key store with the "
            + "specified key store name or ID.";

    private final EngineCore core;
    private ExternalKeyClient client = ExternalKeyClient.UNREACHABLE;

    CustomKeyStores(EngineCore core) {
        this.core = core;
    }

    /** Plugs in the HTTP client the engine calls external key store proxies with. */
    public void client(ExternalKeyClient value) {
        this.client = value == null ? ExternalKeyClient.UNREACHABLE : value;
    }

    ExternalKeyClient client() {
        return client;
    }

    static ExternalKeyClient.Endpoint endpoint(CustomKeyStoreRecord s, String region) {
        CustomKeyStoreRecord.Xks x = s.xks();
        return new ExternalKeyClient.Endpoint(x.uriEndpoint(), x.uriPath(), x.accessKeyId(), x.secret(), region);
    }

    CustomKeyStoreRecord find(String id) {
        CustomKeyStoreRecord s = id == null ? null : core.store().customKeyStores().get(id);
        if (s == null) {
            throw new CustomKeyStoreNotFoundException(NOT_FOUND);
        }
        return s;
    }

    static String newId() {
        return "cks-" + HexFormat.of().formatHex(Rng.bytes(9)).substring(0, 17);
    }

    /** Links every custom-key-store key to the backing of its store (after a restore). */
    public void bindAll() {
        core.store().keys().values().forEach(this::bind);
    }

    void bind(ManagedKey key) {
        CustomKeyStoreRecord s = key.customKeyStoreId() == null ? null
                : core.store().customKeyStores().get(key.customKeyStoreId());
        if (s == null) {
            key.backing(null);
        } else if (s.type() == CustomKeyStoreType.AWS_CLOUDHSM) {
            key.backing(new KeyBackings.Hsm(s, core.store(), key.keyId()));
        } else {
            key.backing(new KeyBackings.Xks(s, this::client, core.region(), key.xksKeyId()));
        }
    }

    /**
     * After a key's real deletion: a connected CloudHSM store deletes the key from its cluster too; a disconnected
     * one cannot, and the key material stays in the cluster, orphaned, as on AWS.
     */
    void deleted(ManagedKey key) {
        if (key.backing() instanceof KeyBackings.Hsm h && h.connected()) {
            HsmCluster cluster = core.store().hsmClusters().get(h.store().clusterId());
            if (cluster != null) {
                cluster.deleteKey(key.keyId());
            }
        }
    }

    /** Completes each CONNECTING or DISCONNECTING store whose time has come. */
    void advance(Instant now) {
        for (CustomKeyStoreRecord s : core.store().customKeyStores().values()) {
            if (s.transitionAt() == null || s.transitionAt().isAfter(now)) {
                continue;
            }
            if (s.state() == ConnectionState.DISCONNECTING) {
                s.connection(ConnectionState.DISCONNECTED, null, null);
            } else if (s.state() == ConnectionState.CONNECTING) {
                ConnectionErrorCode error = s.type() == CustomKeyStoreType.AWS_CLOUDHSM ? loginToCluster(s)
                        : healthCheck(s, "ConnectCustomKeyStore");
                s.connection(error == null ? ConnectionState.CONNECTED : ConnectionState.FAILED, error, null);
            }
        }
    }

    /** KMS logs in to the cluster as kmsuser and, as AWS does, rotates the kmsuser password it now holds. */
    private ConnectionErrorCode loginToCluster(CustomKeyStoreRecord s) {
        HsmCluster cluster = core.store().hsmClusters().get(s.clusterId());
        if (cluster == null) {
            return ConnectionErrorCode.CLUSTER_NOT_FOUND;
        }
        if (cluster.hsms().isEmpty()) {
            return ConnectionErrorCode.INSUFFICIENT_CLOUDHSM_HSMS;
        }
        if (!cluster.kmsuserPasswordIs(s.password())) {
            return ConnectionErrorCode.INVALID_CREDENTIALS;
        }
        String rotated = HexFormat.of().formatHex(Rng.bytes(16));
        cluster.kmsuserPassword(rotated);
        s.cloudHsm(s.clusterId(), s.trustAnchorPem(), rotated);
        return null;
    }

    /** GetHealthStatus through the proxy; null when healthy, else the connection error it means. */
    private ConnectionErrorCode healthCheck(CustomKeyStoreRecord s, String operation) {
        try {
            return healthy(s, operation) ? null : ConnectionErrorCode.INTERNAL_ERROR;
        } catch (ExternalKeyClient.Failure f) {
            return XksErrors.connectionError(f);
        }
    }

    /**
     * Calls GetHealthStatus; true when at least one external key manager can serve traffic.
     *
     * @throws ExternalKeyClient.Failure when the proxy cannot be reached or refuses
     */
    boolean healthy(CustomKeyStoreRecord s, String operation) {
        ExternalKeyClient.Health h = client.getHealthStatus(endpoint(s, core.region()),
                new ExternalKeyClient.RequestMetadata(null, null, operation, java.util.UUID.randomUUID().toString()));
        return h.ekmHealthStatuses().stream().anyMatch(st -> !st.equals("UNAVAILABLE"));
    }
}
