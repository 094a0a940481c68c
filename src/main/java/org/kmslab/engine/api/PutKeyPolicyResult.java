package org.kmslab.engine.api;

/** AWS {@code PutKeyPolicy} response (empty). */
public record PutKeyPolicyResult() {
}
