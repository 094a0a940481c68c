package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code DescribeKey} request; the key may be named by id, ARN, alias name or alias ARN. */
public record DescribeKeyRequest(String keyId, List<String> grantTokens) {

    public static DescribeKeyRequest of(String keyId) {
        return new DescribeKeyRequest(keyId, null);
    }
}
