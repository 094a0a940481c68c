package org.kmslab.engine.api;

/** One key of a multi-Region set (AWS {@code MultiRegionKey}): its ARN and its Region. */
public record MultiRegionKey(String arn, String region) {
}
