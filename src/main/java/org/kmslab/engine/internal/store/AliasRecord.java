package org.kmslab.engine.internal.store;

import java.time.Instant;

/** An alias and the key it points to. */
public record AliasRecord(String aliasName, String targetKeyId, Instant creationDate, Instant lastUpdatedDate) {

    public AliasRecord retarget(String keyId, Instant now) {
        return new AliasRecord(aliasName, keyId, creationDate, now);
    }
}
