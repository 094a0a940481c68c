package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code CreateGrant} request; {@code operations} are GrantOperation wire strings. */
public record CreateGrantRequest(String keyId, String granteePrincipal, String retiringPrincipal,
        List<String> operations, GrantConstraints constraints, List<String> grantTokens, String name, Boolean dryRun) {

    public static CreateGrantRequest of(String keyId, String granteePrincipal, List<String> operations) {
        return new CreateGrantRequest(keyId, granteePrincipal, null, operations, null, null, null, null);
    }
}
