package org.kmslab.engine.internal.ops;

import org.kmslab.engine.api.ConnectionState;
import org.kmslab.engine.api.CustomKeyStoreType;
import org.kmslab.engine.api.UpdateCustomKeyStoreRequest;
import org.kmslab.engine.api.UpdateCustomKeyStoreResult;
import org.kmslab.engine.exception.CloudHsmClusterNotRelatedException;
import org.kmslab.engine.exception.CustomKeyStoreInvalidStateException;
import org.kmslab.engine.internal.store.CustomKeyStoreRecord;
import org.kmslab.engine.internal.store.HsmCluster;

/**
 * UpdateCustomKeyStore: a new name in any connection state; a new kmsuser password, a related cluster, or new proxy
 * settings only while DISCONNECTED. The new state is built in full and checked before anything is written.
 */
public final class UpdateCustomKeyStore {

    private final EngineCore core;
    private final KeyStoreSettings settings;

    public UpdateCustomKeyStore(EngineCore core) {
        this.core = core;
        this.settings = new KeyStoreSettings(core);
    }

    public UpdateCustomKeyStoreResult run(Call call, UpdateCustomKeyStoreRequest r) {
        core.access().authorizeByIam(call, "kms:UpdateCustomKeyStore");
        CustomKeyStoreRecord s = core.customKeyStores().find(CustomKeyStoreOps.id(r.customKeyStoreId()));
        String name = Validate.length("newCustomKeyStoreName", r.newCustomKeyStoreName(), 1, 256);
        if (name != null) {
            settings.requireUniqueName(name, s.id());
        }
        boolean backingChange = r.keyStorePassword() != null || r.cloudHsmClusterId() != null
                || r.xksProxyUriEndpoint() != null || r.xksProxyUriPath() != null
                || r.xksProxyAuthenticationCredential() != null || r.xksProxyConnectivity() != null;
        if (backingChange && s.state() != ConnectionState.DISCONNECTED) {
            throw new CustomKeyStoreInvalidStateException("The custom key store " + s.id() + " is "
                    + s.state().wire() + ". Disconnect it before you change anything but its name.");
        }
        if (s.type() == CustomKeyStoreType.AWS_CLOUDHSM) {
            settings.checkNoXksMembers(r.xksProxyUriEndpoint(), r.xksProxyUriPath(),
                    r.xksProxyAuthenticationCredential(), r.xksProxyConnectivity());
            String cluster = s.clusterId();
            if (r.cloudHsmClusterId() != null) {
                HsmCluster next = settings.usableCluster(r.cloudHsmClusterId(), s.id());
                HsmCluster current = core.store().hsmClusters().get(s.clusterId());
                if (current != null && !current.backupLineage().equals(next.backupLineage())) {
                    throw new CloudHsmClusterNotRelatedException("The request was rejected because the specified "
                            + "CloudHSM cluster has a different cluster certificate than the original cluster. You "
                            + "cannot use the operation to specify an unrelated cluster for a CloudHSM key store.");
                }
                cluster = next.clusterId();
            }
            String password = r.keyStorePassword() == null ? s.password() : settings.password(r.keyStorePassword());
            s.cloudHsm(cluster, s.trustAnchorPem(), password);
        } else {
            if (r.keyStorePassword() != null || r.cloudHsmClusterId() != null) {
                throw Validate.fail("KeyStorePassword and CloudHsmClusterId are only valid for a custom key store "
                        + "of type AWS_CLOUDHSM.");
            }
            if (backingChange) {
                CustomKeyStoreRecord.Xks old = s.xks();
                var credential = r.xksProxyAuthenticationCredential() == null
                        ? new org.kmslab.engine.api.XksProxyAuthenticationCredential(old.accessKeyId(), old.secret())
                        : r.xksProxyAuthenticationCredential();
                CustomKeyStoreRecord.Xks next = settings.xks(
                        r.xksProxyUriEndpoint() == null ? old.uriEndpoint() : r.xksProxyUriEndpoint(),
                        r.xksProxyUriPath() == null ? old.uriPath() : r.xksProxyUriPath(), credential,
                        r.xksProxyConnectivity() == null ? old.connectivity() : r.xksProxyConnectivity(),
                        old.vpcEndpointServiceName(), s.id());
                s.xks(next);
                try {
                    settings.checkProxy(s, "UpdateCustomKeyStore");
                } catch (RuntimeException e) {
                    s.xks(old);
                    throw e;
                }
            }
        }
        if (name != null) {
            s.name(name);
        }
        return new UpdateCustomKeyStoreResult();
    }
}
