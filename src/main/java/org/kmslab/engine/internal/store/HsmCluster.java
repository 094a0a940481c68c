package org.kmslab.engine.internal.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmslab.engine.internal.crypto.SymmetricMaterial;

/**
 * A simulated AWS CloudHSM cluster: its HSMs (each in an Availability Zone), the {@code kmsuser} crypto user's
 * password, the trust anchor certificate its owner signed the cluster with, and the AES keys that live only here.
 * KMS never holds these keys: it asks the cluster to encrypt and decrypt. Mutated only under the engine lock.
 */
public final class HsmCluster {

    /** One HSM of the cluster. */
    public record Hsm(String hsmId, String availabilityZone, String eniIp) {
    }

    private final String clusterId;
    private final String backupLineage;
    private final Instant createTimestamp;
    private final String trustAnchorPem;
    private final List<Hsm> hsms = new ArrayList<>();
    private final Map<String, SymmetricMaterial> keys = new LinkedHashMap<>();
    private String kmsuserPassword;

    public HsmCluster(String clusterId, String backupLineage, Instant createTimestamp, String trustAnchorPem,
            String kmsuserPassword) {
        this.clusterId = clusterId;
        this.backupLineage = backupLineage;
        this.createTimestamp = createTimestamp;
        this.trustAnchorPem = trustAnchorPem;
        this.kmsuserPassword = kmsuserPassword;
    }

    public String clusterId() {
        return clusterId;
    }

    /** Clusters restored from each other's backups share a lineage; a key store may move only within one. */
    public String backupLineage() {
        return backupLineage;
    }

    public Instant createTimestamp() {
        return createTimestamp;
    }

    public String trustAnchorPem() {
        return trustAnchorPem;
    }

    public List<Hsm> hsms() {
        return hsms;
    }

    /** How many Availability Zones hold at least one HSM. */
    public int availabilityZones() {
        return (int) hsms.stream().map(Hsm::availabilityZone).distinct().count();
    }

    public boolean kmsuserPasswordIs(String candidate) {
        return kmsuserPassword.equals(candidate);
    }

    public String kmsuserPassword() {
        return kmsuserPassword;
    }

    public void kmsuserPassword(String value) {
        this.kmsuserPassword = value;
    }

    /** Labels of the keys inside the cluster (KMS labels each key with the KMS key id). */
    public Set<String> keyLabels() {
        return keys.keySet();
    }

    public SymmetricMaterial key(String label) {
        return keys.get(label);
    }

    public void putKey(String label, SymmetricMaterial material) {
        keys.put(label, material);
    }

    public void deleteKey(String label) {
        keys.remove(label);
    }

    @Override
    public String toString() {
        return "HsmCluster[" + clusterId + ", " + hsms.size() + " HSMs, " + keys.size() + " keys]";
    }
}
