package org.kmslab.engine.api;

/** AWS {@code CreateAlias} response (empty). */
public record CreateAliasResult() {
}
