package org.kmslab.engine.api;

/** AWS {@code XksKeyConfigurationType}: the external key a KMS key in an external key store uses. */
public record XksKeyConfiguration(String id) {
}
