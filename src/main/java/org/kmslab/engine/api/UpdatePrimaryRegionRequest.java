package org.kmslab.engine.api;

/** AWS {@code UpdatePrimaryRegion} request: the current primary key and the Region of the replica to promote. */
public record UpdatePrimaryRegionRequest(String keyId, String primaryRegion) {
}
