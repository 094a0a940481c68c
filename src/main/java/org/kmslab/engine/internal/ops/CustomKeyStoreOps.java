package org.kmslab.engine.internal.ops;

import java.util.List;
import java.util.regex.Pattern;

import org.kmslab.engine.api.ConnectCustomKeyStoreRequest;
import org.kmslab.engine.api.ConnectCustomKeyStoreResult;
import org.kmslab.engine.api.ConnectionState;
import org.kmslab.engine.api.CreateCustomKeyStoreRequest;
import org.kmslab.engine.api.CreateCustomKeyStoreResult;
import org.kmslab.engine.api.CustomKeyStoreType;
import org.kmslab.engine.api.CustomKeyStoresListEntry;
import org.kmslab.engine.api.DeleteCustomKeyStoreRequest;
import org.kmslab.engine.api.DeleteCustomKeyStoreResult;
import org.kmslab.engine.api.DescribeCustomKeyStoresRequest;
import org.kmslab.engine.api.DescribeCustomKeyStoresResult;
import org.kmslab.engine.api.DisconnectCustomKeyStoreRequest;
import org.kmslab.engine.api.DisconnectCustomKeyStoreResult;
import org.kmslab.engine.api.XksProxyConfiguration;
import org.kmslab.engine.exception.CustomKeyStoreHasCMKsException;
import org.kmslab.engine.exception.CustomKeyStoreInvalidStateException;
import org.kmslab.engine.exception.CustomKeyStoreNotFoundException;
import org.kmslab.engine.internal.store.CustomKeyStoreRecord;

/**
 * CreateCustomKeyStore, DescribeCustomKeyStores, ConnectCustomKeyStore, DisconnectCustomKeyStore and
 * DeleteCustomKeyStore (UpdateCustomKeyStore is {@link UpdateCustomKeyStore}). Every check runs before anything
 * changes, so a refused request leaves the stores as they were.
 */
public final class CustomKeyStoreOps {

    static final Pattern STORE_ID = Pattern.compile("cks-[0-9a-f]{17}");

    private final EngineCore core;
    private final KeyStoreSettings settings;

    public CustomKeyStoreOps(EngineCore core) {
        this.core = core;
        this.settings = new KeyStoreSettings(core);
    }

    public CreateCustomKeyStoreResult createCustomKeyStore(Call call, CreateCustomKeyStoreRequest r) {
        core.access().authorizeByIam(call, "kms:CreateCustomKeyStore");
        String name = Validate.length("customKeyStoreName",
                Validate.required("customKeyStoreName", r.customKeyStoreName()), 1, 256);
        CustomKeyStoreType type = CustomKeyStoreType.fromWire("customKeyStoreType", r.customKeyStoreType());
        type = type == null ? CustomKeyStoreType.AWS_CLOUDHSM : type;
        settings.requireUniqueName(name, null);
        CustomKeyStoreRecord s = new CustomKeyStoreRecord(CustomKeyStores.newId(), type, core.now(), name);
        if (type == CustomKeyStoreType.AWS_CLOUDHSM) {
            settings.checkNoXksMembers(r.xksProxyUriEndpoint(), r.xksProxyUriPath(),
                    r.xksProxyAuthenticationCredential(), r.xksProxyConnectivity());
            Validate.required("trustAnchorCertificate", r.trustAnchorCertificate());
            Validate.required("keyStorePassword", r.keyStorePassword());
            var cluster = settings.usableCluster(Validate.required("cloudHsmClusterId", r.cloudHsmClusterId()), null);
            settings.checkTrustAnchor(cluster, r.trustAnchorCertificate());
            s.cloudHsm(cluster.clusterId(), cluster.trustAnchorPem(), settings.password(r.keyStorePassword()));
        } else {
            if (r.cloudHsmClusterId() != null || r.trustAnchorCertificate() != null || r.keyStorePassword() != null) {
                throw Validate.fail("CloudHsmClusterId, TrustAnchorCertificate and KeyStorePassword are only "
                        + "valid for a custom key store of type AWS_CLOUDHSM.");
            }
            s.xks(settings.xks(Validate.required("xksProxyUriEndpoint", r.xksProxyUriEndpoint()),
                    Validate.required("xksProxyUriPath", r.xksProxyUriPath()),
                    Validate.required("xksProxyAuthenticationCredential", r.xksProxyAuthenticationCredential()),
                    Validate.required("xksProxyConnectivity", r.xksProxyConnectivity()),
                    r.xksProxyVpcEndpointServiceName(), null));
            settings.checkProxy(s, "CreateCustomKeyStore");
        }
        core.store().customKeyStores().put(s.id(), s);
        return new CreateCustomKeyStoreResult(s.id());
    }

    public DescribeCustomKeyStoresResult describeCustomKeyStores(Call call, DescribeCustomKeyStoresRequest r) {
        core.access().authorizeByIam(call, "kms:DescribeCustomKeyStores");
        Validate.length("customKeyStoreId", r.customKeyStoreId(), 1, 64);
        Validate.length("customKeyStoreName", r.customKeyStoreName(), 1, 256);
        if (r.customKeyStoreId() != null && r.customKeyStoreName() != null) {
            throw Validate.fail("You cannot specify both CustomKeyStoreId and CustomKeyStoreName.");
        }
        List<CustomKeyStoreRecord> matching = core.store().customKeyStores().values().stream()
                .filter(s -> r.customKeyStoreId() == null || s.id().equals(r.customKeyStoreId()))
                .filter(s -> r.customKeyStoreName() == null || s.name().equals(r.customKeyStoreName())).toList();
        if (matching.isEmpty() && (r.customKeyStoreId() != null || r.customKeyStoreName() != null)) {
            throw new CustomKeyStoreNotFoundException(CustomKeyStores.NOT_FOUND);
        }
        Pages.Page<CustomKeyStoreRecord> page = Pages.of(matching, r.limit(), r.marker(), 1000, 1000);
        return new DescribeCustomKeyStoresResult(page.items().stream().map(CustomKeyStoreOps::entry).toList(),
                page.nextMarker(), page.truncated());
    }

    public ConnectCustomKeyStoreResult connectCustomKeyStore(Call call, ConnectCustomKeyStoreRequest r) {
        core.access().authorizeByIam(call, "kms:ConnectCustomKeyStore");
        CustomKeyStoreRecord s = core.customKeyStores().find(id(r.customKeyStoreId()));
        switch (s.state()) {
            case CONNECTED, CONNECTING -> {
                return new ConnectCustomKeyStoreResult();
            }
            case FAILED -> throw new CustomKeyStoreInvalidStateException("The custom key store " + s.id()
                    + " is in the FAILED connection state. Disconnect it (DisconnectCustomKeyStore) before you "
                    + "connect it again.");
            case DISCONNECTING -> throw invalidState(s);
            default -> {
                // DISCONNECTED: the connection starts now and completes as the clock moves on.
            }
        }
        if (s.type() == CustomKeyStoreType.AWS_CLOUDHSM) {
            settings.cluster(s.clusterId());
        }
        s.connection(ConnectionState.CONNECTING, null, core.now().plus(
                s.type() == CustomKeyStoreType.AWS_CLOUDHSM ? CustomKeyStores.CLOUDHSM_CONNECT
                        : CustomKeyStores.XKS_CONNECT));
        return new ConnectCustomKeyStoreResult();
    }

    public DisconnectCustomKeyStoreResult disconnectCustomKeyStore(Call call, DisconnectCustomKeyStoreRequest r) {
        core.access().authorizeByIam(call, "kms:DisconnectCustomKeyStore");
        CustomKeyStoreRecord s = core.customKeyStores().find(id(r.customKeyStoreId()));
        if (s.state() == ConnectionState.DISCONNECTED || s.state() == ConnectionState.DISCONNECTING) {
            throw invalidState(s);
        }
        s.connection(ConnectionState.DISCONNECTING, null, core.now().plus(CustomKeyStores.DISCONNECT));
        return new DisconnectCustomKeyStoreResult();
    }

    public DeleteCustomKeyStoreResult deleteCustomKeyStore(Call call, DeleteCustomKeyStoreRequest r) {
        core.access().authorizeByIam(call, "kms:DeleteCustomKeyStore");
        CustomKeyStoreRecord s = core.customKeyStores().find(id(r.customKeyStoreId()));
        if (s.state() != ConnectionState.DISCONNECTED) {
            throw new CustomKeyStoreInvalidStateException("The custom key store " + s.id() + " is "
                    + s.state().wire() + ". Disconnect it before you delete it.");
        }
        if (core.store().keys().values().stream().anyMatch(k -> s.id().equals(k.customKeyStoreId()))) {
            throw new CustomKeyStoreHasCMKsException("The request was rejected because the custom key store "
                    + "contains KMS keys. After verifying that you do not need to use the KMS keys, use the "
                    + "ScheduleKeyDeletion operation to delete the KMS keys. After they are deleted, you can delete "
                    + "the custom key store.");
        }
        core.store().customKeyStores().remove(s.id());
        return new DeleteCustomKeyStoreResult();
    }

    /**
     * GenerateRandom with a CustomKeyStoreId draws from the HSMs of a connected CloudHSM key store; external key
     * stores cannot generate random bytes.
     */
    static void requireRandomSource(EngineCore core, String storeId) {
        CustomKeyStoreRecord s = core.customKeyStores().find(id(storeId));
        if (s.type() != CustomKeyStoreType.AWS_CLOUDHSM) {
            throw new org.kmslab.engine.exception.KmsUnsupportedOperationException("GenerateRandom with a "
                    + "CustomKeyStoreId is supported only for CloudHSM key stores.");
        }
        if (s.state() != ConnectionState.CONNECTED) {
            throw invalidState(s);
        }
    }

    static String id(String value) {
        return Validate.length("customKeyStoreId", Validate.required("customKeyStoreId", value), 1, 64);
    }

    static CustomKeyStoreInvalidStateException invalidState(CustomKeyStoreRecord s) {
        return new CustomKeyStoreInvalidStateException("The custom key store " + s.id() + " is "
                + s.state().wire() + ", which is not valid for this operation.");
    }

    /** A store as DescribeCustomKeyStores lists it. */
    public static CustomKeyStoresListEntry entry(CustomKeyStoreRecord s) {
        CustomKeyStoreRecord.Xks x = s.xks();
        XksProxyConfiguration proxy = x == null ? null : new XksProxyConfiguration(x.connectivity(),
                x.accessKeyId(), x.uriEndpoint(), x.uriPath(), x.vpcEndpointServiceName(), null);
        return new CustomKeyStoresListEntry(s.id(), s.name(), s.clusterId(), s.trustAnchorPem(), s.state().wire(),
                s.errorCode() == null ? null : s.errorCode().wire(), s.creationDate(), s.type().wire(), proxy);
    }
}
