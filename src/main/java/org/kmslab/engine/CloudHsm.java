package org.kmslab.engine;

import java.util.List;

import org.kmslab.engine.api.HsmClusterDescription;

/**
 * The sandbox's simulated AWS CloudHSM: clusters whose HSMs hold the key material of CloudHSM key stores. Reached
 * through {@link KmsEngine#cloudHsm}, under the engine lock. CloudHSM is not KMS, so these calls publish no KMS event.
 *
 * <p>Each method throws {@link IllegalArgumentException}, with the reason, for input CloudHSM would refuse.
 */
public interface CloudHsm {

    /** A new ACTIVE cluster, initialized, with two HSMs in two Availability Zones and kmsuser set to the password. */
    HsmClusterDescription createCluster(String kmsuserPassword);

    List<HsmClusterDescription> describeClusters();

    /** Adds an HSM in {@code availabilityZone}, e.g. {@code us-east-1c}. */
    HsmClusterDescription createHsm(String clusterId, String availabilityZone);

    HsmClusterDescription deleteHsm(String clusterId, String hsmId);

    /** What a crypto officer does with the CloudHSM CLI; the key store must then be told the new password. */
    void changeKmsuserPassword(String clusterId, String password);
}
