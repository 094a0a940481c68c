package org.kmslab.engine.internal.ops;

import java.util.regex.Pattern;

import org.kmslab.engine.ExternalKeyClient;
import org.kmslab.engine.api.ConnectionState;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.CustomKeyStoreType;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.exception.CustomKeyStoreInvalidStateException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.XksKeyAlreadyInUseException;
import org.kmslab.engine.exception.XksKeyInvalidConfigurationException;
import org.kmslab.engine.internal.crypto.SymmetricMaterial;
import org.kmslab.engine.internal.store.CustomKeyStoreRecord;
import org.kmslab.engine.internal.store.HsmCluster;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;

/**
 * CreateKey in a custom key store. {@link #check} runs every refusal before the key exists (connected store,
 * symmetric key, two HSMs in two zones, an enabled AES-256 external key nobody else uses); {@link #provision} then
 * puts the material where it lives: a new AES key inside the cluster, or KMS's own half of the double encryption.
 */
final class CustomKeyStoreKeys {

    private static final Pattern XKS_KEY_ID = Pattern.compile("^[a-zA-Z0-9-_.]{1,128}$");

    private final EngineCore core;

    CustomKeyStoreKeys(EngineCore core) {
        this.core = core;
    }

    /** The store a CreateKey request names, after every check; null for a key in KMS's own key store. */
    CustomKeyStoreRecord check(CreateKeyRequest r, Origin origin, KeySpec spec) {
        boolean custom = origin == Origin.AWS_CLOUDHSM || origin == Origin.EXTERNAL_KEY_STORE;
        if (!custom) {
            if (r.customKeyStoreId() != null) {
                throw Validate.fail("When you specify a CustomKeyStoreId, the Origin must be AWS_CLOUDHSM or "
                        + "EXTERNAL_KEY_STORE.");
            }
            if (r.xksKeyId() != null) {
                throw Validate.fail("XksKeyId is only valid for KMS keys with Origin EXTERNAL_KEY_STORE.");
            }
            return null;
        }
        if (r.customKeyStoreId() == null) {
            throw Validate.fail("You must specify a CustomKeyStoreId when the Origin is " + origin.wire() + ".");
        }
        CustomKeyStoreRecord s = core.customKeyStores().find(CustomKeyStoreOps.id(r.customKeyStoreId()));
        CustomKeyStoreType wanted = origin == Origin.AWS_CLOUDHSM ? CustomKeyStoreType.AWS_CLOUDHSM
                : CustomKeyStoreType.EXTERNAL_KEY_STORE;
        if (s.type() != wanted) {
            throw Validate.fail("Origin " + origin.wire() + " requires a custom key store of type " + wanted.wire()
                    + "; " + s.id() + " is " + s.type().wire() + ".");
        }
        if (spec != KeySpec.SYMMETRIC_DEFAULT || Boolean.TRUE.equals(r.multiRegion())) {
            throw new KmsUnsupportedOperationException("KMS keys in a custom key store must be single-Region "
                    + "symmetric encryption keys (SYMMETRIC_DEFAULT).");
        }
        if (s.state() != ConnectionState.CONNECTED) {
            throw new CustomKeyStoreInvalidStateException(origin == Origin.EXTERNAL_KEY_STORE
                    ? XksErrors.NOT_CONNECTED
                    : "The custom key store " + s.id() + " is " + s.state().wire() + "; connect it before you "
                            + "create KMS keys in it.");
        }
        if (origin == Origin.AWS_CLOUDHSM) {
            if (r.xksKeyId() != null) {
                throw Validate.fail("XksKeyId is only valid for KMS keys with Origin EXTERNAL_KEY_STORE.");
            }
            KeyStoreSettings.requireTwoZones(core.store().hsmClusters().get(s.clusterId()));
        } else {
            checkExternalKey(s, r.xksKeyId());
        }
        return s;
    }

    private void checkExternalKey(CustomKeyStoreRecord s, String xksKeyId) {
        Validate.required("xksKeyId", xksKeyId);
        if (!XKS_KEY_ID.matcher(xksKeyId).matches()) {
            throw Validate.fail("1 validation error detected: Value '" + xksKeyId + "' at 'xksKeyId' failed to "
                    + "satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9-_.]+$");
        }
        boolean used = core.store().keys().values().stream()
                .anyMatch(k -> s.id().equals(k.customKeyStoreId()) && xksKeyId.equals(k.xksKeyId()));
        if (used) {
            throw new XksKeyAlreadyInUseException("The request was rejected because the (XksKeyId) is already "
                    + "associated with another KMS key in this external key store. Each KMS key in an external key "
                    + "store must be associated with a different external key.");
        }
        ExternalKeyClient.KeyMetadata m;
        try {
            m = core.customKeyStores().client().getKeyMetadata(CustomKeyStores.endpoint(s, core.region()),
                    xksKeyId, new ExternalKeyClient.RequestMetadata(null, null, "CreateKey",
                            java.util.UUID.randomUUID().toString()));
        } catch (ExternalKeyClient.Failure f) {
            throw XksErrors.of(f, XksErrors.During.CREATE_KEY);
        }
        if (!"AES_256".equals(m.keySpec()) || m.keyUsage() == null || !m.keyUsage().contains("ENCRYPT")
                || !m.keyUsage().contains("DECRYPT") || !"ENABLED".equals(m.keyStatus())) {
            throw new XksKeyInvalidConfigurationException("The request was rejected because the external key "
                    + "specified by the XksKeyId parameter did not meet the configuration requirements for an "
                    + "external key store. The external key must be an AES-256 symmetric key that is enabled and "
                    + "performs encryption and decryption.");
        }
    }

    /** Puts the new key's material where it lives and links the key to its store. */
    void provision(ManagedKey key, CustomKeyStoreRecord s, String xksKeyId) {
        String materialId = Keys.newMaterialId();
        if (s.type() == CustomKeyStoreType.AWS_CLOUDHSM) {
            HsmCluster cluster = core.store().hsmClusters().get(s.clusterId());
            cluster.putKey(key.keyId(), SymmetricMaterial.generate());
            key.putVersion(new MaterialVersion(materialId, null, null, core.now(), null, null, null));
            key.customKeyStore(s.id(), null);
        } else {
            key.putVersion(new MaterialVersion(materialId, SymmetricMaterial.generate(), null, core.now(), null,
                    null, null));
            key.customKeyStore(s.id(), xksKeyId);
        }
        key.currentMaterialId(materialId);
        core.customKeyStores().bind(key);
    }
}
