package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code UntagResource} request. */
public record UntagResourceRequest(String keyId, List<String> tagKeys) {

    public static UntagResourceRequest of(String keyId, List<String> tagKeys) {
        return new UntagResourceRequest(keyId, tagKeys);
    }
}
