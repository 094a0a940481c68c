package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ReplicateKey} request: a multi-Region primary key and the Region to put a replica in. */
public record ReplicateKeyRequest(String keyId, String replicaRegion, String policy,
        Boolean bypassPolicyLockoutSafetyCheck, String description, List<Tag> tags) {

    /** A replica with the default key policy, no description and no tags. */
    public static ReplicateKeyRequest of(String keyId, String replicaRegion) {
        return new ReplicateKeyRequest(keyId, replicaRegion, null, null, null, null);
    }
}
