package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code TagResource} request. */
public record TagResourceRequest(String keyId, List<Tag> tags) {

    public static TagResourceRequest of(String keyId, List<Tag> tags) {
        return new TagResourceRequest(keyId, tags);
    }
}
