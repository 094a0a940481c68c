package org.kmslab.engine.api;

/** AWS {@code DescribeKey} response. */
public record DescribeKeyResult(KeyMetadata keyMetadata) {
}
