package org.kmslab.engine.api;

import java.time.Instant;
import java.util.List;

/** One grant as ListGrants returns it. */
public record GrantListEntry(String keyId, String grantId, String name, Instant creationDate, String granteePrincipal,
        String retiringPrincipal, String issuingAccount, List<String> operations, GrantConstraints constraints) {
}
