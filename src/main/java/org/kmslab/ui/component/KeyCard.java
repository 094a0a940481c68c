package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.MultiRegionConfiguration;
import org.kmslab.engine.api.MultiRegionKey;

/**
 * A KMS key's metadata as DescribeKey returns it ({@code frontend/key-card.js}), every KeyMetadata member under its
 * AWS name. Fields that changed since the last update are highlighted and announced in a live region.
 */
@Tag("kms-key-card")
public class KeyCard extends Component implements AnimatedVisualizer {

    /** Rotation status as GetKeyRotationStatus reports it; members may be null. */
    public record Rotation(boolean enabled, Integer rotationPeriodInDays, Instant nextRotationDate,
            Instant onDemandRotationStartDate) {
    }

    public KeyCard() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "KMS key metadata");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/key-card.js");
    }

    public void setMetadata(KeyMetadata metadata) {
        setMetadata(metadata, null);
    }

    /** Metadata plus rotation status (null when unknown). */
    public void setMetadata(KeyMetadata metadata, Rotation rotation) {
        getElement().setAttribute("metadata", toJson(metadata, rotation));
    }

    public void clear() {
        getElement().removeAttribute("metadata");
    }

    /** The set in one line, as the card shows it: "REPLICA; primary in us-east-1; replicas in eu-west-1". */
    private static String multiRegion(MultiRegionConfiguration c) {
        if (c == null) {
            return null;
        }
        String replicas = c.replicaKeys().isEmpty() ? "no replicas"
                : "replicas in " + String.join(", ", c.replicaKeys().stream().map(MultiRegionKey::region).toList());
        return c.multiRegionKeyType() + "; primary in " + c.primaryKey().region() + "; " + replicas;
    }

    static String toJson(KeyMetadata m, Rotation rotation) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("AWSAccountId", m.aWSAccountId());
        v.put("KeyId", m.keyId());
        v.put("Arn", m.arn());
        v.put("CreationDate", text(m.creationDate()));
        v.put("Enabled", m.enabled());
        v.put("Description", m.description());
        v.put("KeyUsage", m.keyUsage());
        v.put("KeyState", m.keyState());
        v.put("DeletionDate", text(m.deletionDate()));
        v.put("ValidTo", text(m.validTo()));
        v.put("Origin", m.origin());
        v.put("ExpirationModel", m.expirationModel());
        v.put("KeyManager", m.keyManager());
        v.put("CustomerMasterKeySpec", m.customerMasterKeySpec());
        v.put("KeySpec", m.keySpec());
        v.put("EncryptionAlgorithms", m.encryptionAlgorithms());
        v.put("SigningAlgorithms", m.signingAlgorithms());
        v.put("KeyAgreementAlgorithms", m.keyAgreementAlgorithms());
        v.put("MultiRegion", m.multiRegion());
        v.put("MultiRegionConfiguration", multiRegion(m.multiRegionConfiguration()));
        v.put("PendingDeletionWindowInDays", m.pendingDeletionWindowInDays());
        v.put("MacAlgorithms", m.macAlgorithms());
        v.put("CurrentKeyMaterialId", m.currentKeyMaterialId());
        v.put("CustomKeyStoreId", m.customKeyStoreId());
        v.put("CloudHsmClusterId", m.cloudHsmClusterId());
        v.put("XksKeyConfiguration", m.xksKeyConfiguration() == null ? null : m.xksKeyConfiguration().id());
        if (rotation != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("KeyRotationEnabled", rotation.enabled());
            r.put("RotationPeriodInDays", rotation.rotationPeriodInDays());
            r.put("NextRotationDate", text(rotation.nextRotationDate()));
            r.put("OnDemandRotationStartDate", text(rotation.onDemandRotationStartDate()));
            v.put("Rotation", r);
        }
        return Visualizers.json(v);
    }

    /** A date as the card shows it: to the millisecond, the precision the wire gives dates in ({@code AwsJson}). */
    private static String text(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
