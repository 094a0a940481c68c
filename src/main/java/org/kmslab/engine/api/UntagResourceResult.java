package org.kmslab.engine.api;

/** AWS {@code UntagResource} response (empty). */
public record UntagResourceResult() {
}
