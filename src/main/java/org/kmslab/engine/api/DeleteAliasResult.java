package org.kmslab.engine.api;

/** AWS {@code DeleteAlias} response (empty). */
public record DeleteAliasResult() {
}
