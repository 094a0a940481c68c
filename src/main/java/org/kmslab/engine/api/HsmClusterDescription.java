package org.kmslab.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * A simulated CloudHSM cluster as {@code aws cloudhsmv2 describe-clusters} would show it, plus the labels of the
 * keys inside it (what a crypto officer would list with the CloudHSM CLI). No secret: never the kmsuser password,
 * never key material.
 */
public record HsmClusterDescription(String clusterId, String state, Instant createTimestamp, List<Hsm> hsms,
        String trustAnchorCertificate, List<String> keyLabels) {

    /** One HSM: its id, Availability Zone and elastic network interface address. */
    public record Hsm(String hsmId, String availabilityZone, String eniIp, String state) {
    }
}
