package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ListRetirableGrants} response. */
public record ListRetirableGrantsResult(List<GrantListEntry> grants, String nextMarker, Boolean truncated) {
}
