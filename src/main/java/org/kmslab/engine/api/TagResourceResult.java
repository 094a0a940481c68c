package org.kmslab.engine.api;

/** AWS {@code TagResource} response (empty). */
public record TagResourceResult() {
}
