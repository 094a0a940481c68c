package org.kmslab.engine.api;

import java.time.Instant;

/** AWS {@code CustomKeyStoresListEntry}, one custom key store as DescribeCustomKeyStores shows it. */
public record CustomKeyStoresListEntry(String customKeyStoreId, String customKeyStoreName, String cloudHsmClusterId, String trustAnchorCertificate, String connectionState, String connectionErrorCode, Instant creationDate, String customKeyStoreType, XksProxyConfiguration xksProxyConfiguration) {
}
