package org.kmslab.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * AWS {@code KeyMetadata}: everything DescribeKey returns. Component names are AWS's member names in lowerCamelCase;
 * {@code aWSAccountId} is the mechanical form of {@code AWSAccountId}. Enum-valued members are wire strings; absent
 * members are null.
 */
public record KeyMetadata(String aWSAccountId, String keyId, String arn, Instant creationDate, Boolean enabled,
        String description, String keyUsage, String keyState, Instant deletionDate, Instant validTo, String origin,
        String expirationModel, String keyManager, String customerMasterKeySpec, String keySpec,
        List<String> encryptionAlgorithms, List<String> signingAlgorithms, List<String> keyAgreementAlgorithms,
        Boolean multiRegion, MultiRegionConfiguration multiRegionConfiguration, Integer pendingDeletionWindowInDays,
        List<String> macAlgorithms, String currentKeyMaterialId, String customKeyStoreId, String cloudHsmClusterId,
        XksKeyConfiguration xksKeyConfiguration) {
}
