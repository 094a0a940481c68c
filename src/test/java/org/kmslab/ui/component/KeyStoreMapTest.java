package org.kmslab.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;

/** The key store map reads the real clusters and stores; with no proxy plugged in it still draws. */
class KeyStoreMapTest {

    @Test
    void a_new_cluster_appears_in_the_cloudhsm_zone() {
        Sandbox sandbox = new SandboxService("111122223333", "us-east-1").defaultSandbox();
        String id = sandbox.engine().cloudHsm(h -> h.createCluster("kmsuserPass1")).clusterId();
        KeyStoreMap map = new KeyStoreMap();
        map.show(sandbox, null);
        assertThat(map.getElement().getAttribute("model")).contains(id).contains("2 HSM(s) in us-east-1a, us-east-1b");
    }
}
