package org.kmslab.engine.api;

/** AWS {@code ListResourceTags} request. */
public record ListResourceTagsRequest(String keyId, Integer limit, String marker) {

    public static ListResourceTagsRequest of(String keyId) {
        return new ListResourceTagsRequest(keyId, null, null);
    }
}
