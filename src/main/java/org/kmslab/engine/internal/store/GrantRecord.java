package org.kmslab.engine.internal.store;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.kmslab.engine.api.GrantOperation;

/**
 * A grant on a key. Constraints are stored as maps (null when absent): {@code contextEquals} must match the request's
 * encryption context exactly; {@code contextSubset} must be contained in it.
 */
public record GrantRecord(String grantId, String keyId, String name, Instant creationDate, String granteePrincipal,
        String retiringPrincipal, String issuingAccount, Set<GrantOperation> operations,
        Map<String, String> contextEquals, Map<String, String> contextSubset, String grantToken) {

    @Override
    public String toString() {
        return "GrantRecord[" + grantId + " on " + keyId + " for " + granteePrincipal + ", token redacted]";
    }
}
