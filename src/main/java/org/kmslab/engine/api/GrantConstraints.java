package org.kmslab.engine.api;

import java.util.Map;

/** AWS {@code GrantConstraints}: the request's encryption context must contain {@code encryptionContextSubset} or equal {@code encryptionContextEquals}. */
public record GrantConstraints(Map<String, String> encryptionContextSubset, Map<String, String> encryptionContextEquals) {
}
