package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ListAliases} response. */
public record ListAliasesResult(List<AliasListEntry> aliases, String nextMarker, Boolean truncated) {
}
