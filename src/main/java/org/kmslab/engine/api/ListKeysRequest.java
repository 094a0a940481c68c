package org.kmslab.engine.api;

/** AWS {@code ListKeys} request. */
public record ListKeysRequest(Integer limit, String marker) {

    public static ListKeysRequest of() {
        return new ListKeysRequest(null, null);
    }
}
