package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ListResourceTags} response. */
public record ListResourceTagsResult(List<Tag> tags, String nextMarker, Boolean truncated) {
}
