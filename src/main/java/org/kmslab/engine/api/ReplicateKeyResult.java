package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ReplicateKey} response: the new replica's metadata, key policy and tags. */
public record ReplicateKeyResult(KeyMetadata replicaKeyMetadata, String replicaPolicy, List<Tag> replicaTags) {
}
