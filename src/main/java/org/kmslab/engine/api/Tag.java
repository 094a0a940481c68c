package org.kmslab.engine.api;

/** A resource tag (AWS {@code Tag}). */
public record Tag(String tagKey, String tagValue) {

    public static Tag of(String key, String value) {
        return new Tag(key, value);
    }
}
