package org.kmslab.engine.api;

/** AWS {@code DeleteAlias} request. */
public record DeleteAliasRequest(String aliasName) {

    public static DeleteAliasRequest of(String aliasName) {
        return new DeleteAliasRequest(aliasName);
    }
}
