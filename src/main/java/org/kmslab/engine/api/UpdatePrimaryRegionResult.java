package org.kmslab.engine.api;

/** AWS {@code UpdatePrimaryRegion} response (empty). */
public record UpdatePrimaryRegionResult() {
}
