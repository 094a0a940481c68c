package org.kmslab.engine.internal.store;

import java.time.Instant;

import org.kmslab.engine.api.ConnectionErrorCode;
import org.kmslab.engine.api.ConnectionState;
import org.kmslab.engine.api.CustomKeyStoreType;

/**
 * One custom key store: its identity, what backs it (a CloudHSM cluster, or an external key store proxy with the
 * proxy's own SigV4 credential) and its connection state, which the clock moves on from CONNECTING and DISCONNECTING
 * at {@link #transitionAt()}. The kmsuser password and the proxy secret are kept only here and written only wrapped.
 */
public final class CustomKeyStoreRecord {

    private final String id;
    private final CustomKeyStoreType type;
    private final Instant creationDate;
    private String name;
    private String clusterId;
    private String trustAnchorPem;
    private String password;
    private Xks xks;
    private ConnectionState state = ConnectionState.DISCONNECTED;
    private ConnectionErrorCode errorCode;
    private Instant transitionAt;

    /** The external key store proxy settings; {@code secret} is the proxy's SigV4 secret access key. */
    public record Xks(String uriEndpoint, String uriPath, String accessKeyId, String secret, String connectivity,
            String vpcEndpointServiceName) {
        @Override
        public String toString() {
            return "Xks[" + uriEndpoint + uriPath + ", " + accessKeyId + ", secret redacted]";
        }
    }

    public CustomKeyStoreRecord(String id, CustomKeyStoreType type, Instant creationDate, String name) {
        this.id = id;
        this.type = type;
        this.creationDate = creationDate;
        this.name = name;
    }

    public String id() {
        return id;
    }

    public CustomKeyStoreType type() {
        return type;
    }

    public Instant creationDate() {
        return creationDate;
    }

    public String name() {
        return name;
    }

    public void name(String value) {
        this.name = value;
    }

    public String clusterId() {
        return clusterId;
    }

    public String trustAnchorPem() {
        return trustAnchorPem;
    }

    /** The kmsuser password KMS logs in with (CloudHSM key stores). */
    public String password() {
        return password;
    }

    public void cloudHsm(String cluster, String trustAnchor, String kmsuserPassword) {
        this.clusterId = cluster;
        this.trustAnchorPem = trustAnchor;
        this.password = kmsuserPassword;
    }

    public Xks xks() {
        return xks;
    }

    public void xks(Xks value) {
        this.xks = value;
    }

    public ConnectionState state() {
        return state;
    }

    public ConnectionErrorCode errorCode() {
        return errorCode;
    }

    public Instant transitionAt() {
        return transitionAt;
    }

    /** Moves to {@code next}; {@code until} is when a CONNECTING or DISCONNECTING state completes, else null. */
    public void connection(ConnectionState next, ConnectionErrorCode error, Instant until) {
        this.state = next;
        this.errorCode = error;
        this.transitionAt = until;
    }

    @Override
    public String toString() {
        return "CustomKeyStore[" + id + ", " + name + ", " + type.wire() + ", " + state.wire() + "]";
    }
}
