package org.kmslab.engine.api;

/** AWS {@code UpdateAlias} request. */
public record UpdateAliasRequest(String aliasName, String targetKeyId) {

    public static UpdateAliasRequest of(String aliasName, String targetKeyId) {
        return new UpdateAliasRequest(aliasName, targetKeyId);
    }
}
