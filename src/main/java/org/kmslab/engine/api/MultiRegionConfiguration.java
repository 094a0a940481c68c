package org.kmslab.engine.api;

import java.util.List;

/**
 * AWS {@code MultiRegionConfiguration} in DescribeKey: whether this key is the {@code PRIMARY} or a {@code REPLICA},
 * the primary key, and every replica key of the set.
 * Source: https://docs.aws.amazon.com/kms/latest/APIReference/API_MultiRegionConfiguration.html
 */
public record MultiRegionConfiguration(String multiRegionKeyType, MultiRegionKey primaryKey,
        List<MultiRegionKey> replicaKeys) {
}
