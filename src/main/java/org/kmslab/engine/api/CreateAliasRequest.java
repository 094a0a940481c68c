package org.kmslab.engine.api;

/** AWS {@code CreateAlias} request. */
public record CreateAliasRequest(String aliasName, String targetKeyId) {

    public static CreateAliasRequest of(String aliasName, String targetKeyId) {
        return new CreateAliasRequest(aliasName, targetKeyId);
    }
}
