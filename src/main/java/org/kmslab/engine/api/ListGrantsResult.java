package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ListGrants} response. */
public record ListGrantsResult(List<GrantListEntry> grants, String nextMarker, Boolean truncated) {
}
