package org.kmslab.engine.api;

/** AWS {@code DescribeCustomKeyStores} request: one store by id or name, or all of them, paged. */
public record DescribeCustomKeyStoresRequest(String customKeyStoreId, String customKeyStoreName, Integer limit, String marker) {
}
