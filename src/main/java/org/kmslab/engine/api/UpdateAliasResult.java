package org.kmslab.engine.api;

/** AWS {@code UpdateAlias} response (empty). */
public record UpdateAliasResult() {
}
