package org.kmslab.engine.internal.ops;

import java.util.List;

import org.kmslab.engine.CloudHsm;
import org.kmslab.engine.api.HsmClusterDescription;
import org.kmslab.engine.internal.crypto.Rng;
import org.kmslab.engine.internal.crypto.TrustAnchors;
import org.kmslab.engine.internal.store.HsmCluster;

/** The simulated CloudHSM over the engine's store; see {@link CloudHsm}. Only used under the engine lock. */
public final class HsmClusters implements CloudHsm {

    private static final String BASE32 = "abcdefghijklmnopqrstuvwxyz234567";

    private final EngineCore core;

    public HsmClusters(EngineCore core) {
        this.core = core;
    }

    @Override
    public HsmClusterDescription createCluster(String kmsuserPassword) {
        checkPassword(kmsuserPassword);
        String id = "cluster-" + random(11);
        HsmCluster c = new HsmCluster(id, id, core.now(), TrustAnchors.issue(id, core.now()), kmsuserPassword);
        core.store().hsmClusters().put(id, c);
        addHsm(c, core.region() + "a");
        addHsm(c, core.region() + "b");
        return describe(c);
    }

    @Override
    public List<HsmClusterDescription> describeClusters() {
        return core.store().hsmClusters().values().stream().map(HsmClusters::describe).toList();
    }

    @Override
    public HsmClusterDescription createHsm(String clusterId, String availabilityZone) {
        if (availabilityZone == null || !availabilityZone.matches(core.region() + "[a-f]")) {
            throw new IllegalArgumentException("Availability Zone must be one of " + core.region() + "a-f.");
        }
        HsmCluster c = find(clusterId);
        addHsm(c, availabilityZone);
        return describe(c);
    }

    @Override
    public HsmClusterDescription deleteHsm(String clusterId, String hsmId) {
        HsmCluster c = find(clusterId);
        if (!c.hsms().removeIf(h -> h.hsmId().equals(hsmId))) {
            throw new IllegalArgumentException("Cluster " + clusterId + " has no HSM " + hsmId + ".");
        }
        return describe(c);
    }

    @Override
    public void changeKmsuserPassword(String clusterId, String password) {
        checkPassword(password);
        find(clusterId).kmsuserPassword(password);
    }

    private HsmCluster find(String clusterId) {
        HsmCluster c = clusterId == null ? null : core.store().hsmClusters().get(clusterId);
        if (c == null) {
            throw new IllegalArgumentException("Cluster " + clusterId + " not found.");
        }
        return c;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < 7 || password.length() > 32) {
            throw new IllegalArgumentException("The kmsuser password must be 7 to 32 characters.");
        }
    }

    private void addHsm(HsmCluster c, String zone) {
        int n = c.hsms().size() + 1;
        c.hsms().add(new HsmCluster.Hsm("hsm-" + random(11), zone, "10.0." + (zone.charAt(zone.length() - 1) - 'a')
                + "." + (10 + n)));
    }

    static HsmClusterDescription describe(HsmCluster c) {
        return new HsmClusterDescription(c.clusterId(), "ACTIVE", c.createTimestamp(),
                c.hsms().stream().map(h -> new HsmClusterDescription.Hsm(h.hsmId(), h.availabilityZone(), h.eniIp(),
                        "ACTIVE")).toList(), c.trustAnchorPem(), List.copyOf(c.keyLabels()));
    }

    private static String random(int n) {
        byte[] b = Rng.bytes(n);
        StringBuilder out = new StringBuilder(n);
        for (byte x : b) {
            out.append(BASE32.charAt((x & 0xff) % 32));
        }
        return out.toString();
    }
}
