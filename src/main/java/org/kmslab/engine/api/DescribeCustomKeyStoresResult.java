package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code DescribeCustomKeyStores} response. */
public record DescribeCustomKeyStoresResult(List<CustomKeyStoresListEntry> customKeyStores, String nextMarker, Boolean truncated) {
}
