package org.kmslab.engine.api;

/** AWS {@code ListAliases} request; {@code keyId} narrows to one key. */
public record ListAliasesRequest(String keyId, Integer limit, String marker) {

    public static ListAliasesRequest of() {
        return new ListAliasesRequest(null, null, null);
    }

    public static ListAliasesRequest forKey(String keyId) {
        return new ListAliasesRequest(keyId, null, null);
    }
}
