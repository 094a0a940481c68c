package org.kmslab.engine.internal.ops;

import java.util.List;

import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.MultiRegionConfiguration;
import org.kmslab.engine.api.MultiRegionKey;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.api.WireEnum;
import org.kmslab.engine.api.XksKeyConfiguration;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;
import org.kmslab.engine.internal.store.MultiRegion;

/** Builds AWS {@code KeyMetadata} for a key (DescribeKey, CreateKey and friends). */
public final class Metadata {

    private Metadata() {
    }

    public static KeyMetadata of(ManagedKey k) {
        MaterialVersion current = k.current().orElse(null);
        boolean imported = k.origin() == Origin.EXTERNAL;
        String expirationModel = imported && current != null && current.expirationModel() != null
                ? current.expirationModel().wire() : null;
        return new KeyMetadata(k.accountId(), k.keyId(), k.arn(), k.creationDate(), k.state() == KeyState.ENABLED,
                k.description(), k.usage().wire(), k.state().wire(), k.deletionDate(),
                imported && current != null ? current.validTo() : null, k.origin().wire(), expirationModel,
                k.manager().wire(), k.spec().wire(), k.spec().wire(),
                wires(KeySpecs.encryptionAlgorithms(k.spec(), k.usage())),
                wires(KeySpecs.signingAlgorithms(k.spec(), k.usage())),
                wires(KeySpecs.keyAgreementAlgorithms(k.usage())), k.multiRegion() != null,
                multiRegionConfiguration(k), k.pendingWindowInDays(),
                wires(KeySpecs.macAlgorithms(k.spec())), k.currentMaterialId(), k.customKeyStoreId(),
                cloudHsmClusterId(k), k.xksKeyId() == null ? null : new XksKeyConfiguration(k.xksKeyId()));
    }

    private static String cloudHsmClusterId(ManagedKey k) {
        if (k.customKeyStoreId() == null || k.origin() != Origin.AWS_CLOUDHSM) {
            return null;
        }
        return k.backing() instanceof KeyBackings.Hsm h ? h.store().clusterId() : null;
    }

    /** PRIMARY or REPLICA, the primary and every replica, as this Region's copy of the key sees the set. */
    static MultiRegionConfiguration multiRegionConfiguration(ManagedKey k) {
        MultiRegion m = k.multiRegion();
        if (m == null) {
            return null;
        }
        String region = KeyIds.parseArn(k.arn()).region();
        List<MultiRegionKey> replicas = m.replicaRegions().stream()
                .map(r -> new MultiRegionKey(KeyIds.keyArn(r, k.accountId(), k.keyId()), r)).toList();
        return new MultiRegionConfiguration(m.isPrimaryIn(region) ? "PRIMARY" : "REPLICA",
                new MultiRegionKey(KeyIds.keyArn(m.primaryRegion(), k.accountId(), k.keyId()), m.primaryRegion()),
                replicas);
    }

    private static List<String> wires(List<? extends WireEnum> values) {
        return values.isEmpty() ? null : values.stream().map(WireEnum::wire).toList();
    }
}
