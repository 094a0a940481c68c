package org.kmslab.engine.api;

import java.util.List;

/** AWS {@code ListKeyRotations} response. */
public record ListKeyRotationsResult(List<RotationsListEntry> rotations, String nextMarker, Boolean truncated) {
}
