package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ListKeys} response. */
public record ListKeysResult(List<KeyListEntry> keys, String nextMarker, Boolean truncated) {
}
