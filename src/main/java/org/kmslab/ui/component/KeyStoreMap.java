package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CustomKeyStoresListEntry;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.sandbox.ExternalKeyStores;
import org.kmslab.sandbox.Sandbox;

/**
 * Where each key's material lives ({@code frontend/key-store-map.js}): the AWS KMS key store, the CloudHSM clusters of
 * CloudHSM key stores and the external key manager behind the XKS proxy, each custom key store on its connection
 * state machine, and the path the last call took. Fed by the real state: the engine's observer methods, the
 * simulated CloudHSM, and the in-process proxy; reading them makes no KMS call.
 */
@Tag("kms-key-store-map")
public class KeyStoreMap extends Component implements AnimatedVisualizer {

    private static final int SEEN = 6;
    private final Set<String> seenKeys = new LinkedHashSet<>();

    public KeyStoreMap() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Where key material lives");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/key-store-map.js");
    }

    /** Redraws from the sandbox's current state; {@code last} (may be null) is drawn as the call path. */
    public void show(Sandbox sandbox, EngineEvent last) {
        KmsEngine engine = sandbox.engine(last == null ? sandbox.defaultRegion() : last.region());
        if (last != null && last.keyArn() != null) {
            seenKeys.remove(last.keyArn());
            seenKeys.add(last.keyArn());
            while (seenKeys.size() > SEEN) {
                seenKeys.remove(seenKeys.iterator().next());
            }
        }
        KmsEngine.CustomKeyStoreView view = engine.observeCustomKeyStores();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kmsKeys", seenKeys.stream().map(engine::observeKey).flatMap(java.util.Optional::stream)
                .filter(m -> m.customKeyStoreId() == null).map(KeyStoreMap::key).toList());
        model.put("stores", view.stores().stream().map(KeyStoreMap::store).toList());
        model.put("hsmKeys", view.keys().stream().filter(k -> k.origin().equals("AWS_CLOUDHSM")).map(KeyStoreMap::key)
                .toList());
        model.put("xksKeys", view.keys().stream().filter(k -> k.origin().equals("EXTERNAL_KEY_STORE"))
                .map(KeyStoreMap::key).toList());
        model.put("clusters", engine.cloudHsm(h -> h.describeClusters()).stream().map(c -> Map.of("id", c.clusterId(),
                "hsms", c.hsms().size() + " HSM(s) in " + String.join(", ", c.hsms().stream()
                        .map(h -> h.availabilityZone()).distinct().toList()), "labels", c.keyLabels())).toList());
        model.put("externalKeys", externalKeys(sandbox));
        if (last != null) {
            model.put("call", call(last, view));
        }
        getElement().setAttribute("model", Visualizers.json(model));
    }

    /** Forgets the keys seen so far (the lesson was reset). */
    public void clear() {
        seenKeys.clear();
        getElement().removeAttribute("model");
    }

    private static Map<String, Object> key(KeyMetadata m) {
        Map<String, Object> k = new LinkedHashMap<>();
        k.put("keyId", m.keyId());
        k.put("keyState", m.keyState());
        k.put("xksKeyId", m.xksKeyConfiguration() == null ? null : m.xksKeyConfiguration().id());
        return k;
    }

    private static Map<String, Object> store(CustomKeyStoresListEntry s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.customKeyStoreId());
        out.put("name", s.customKeyStoreName());
        out.put("type", s.customKeyStoreType());
        out.put("state", s.connectionState());
        out.put("error", s.connectionErrorCode());
        out.put("backing", s.cloudHsmClusterId() != null ? "Cluster " + s.cloudHsmClusterId()
                : "Proxy " + s.xksProxyConfiguration().uriEndpoint() + s.xksProxyConfiguration().uriPath());
        return out;
    }

    private static List<Map<String, Object>> externalKeys(Sandbox sandbox) {
        List<Map<String, Object>> out = new ArrayList<>();
        try {
            for (ExternalKeyStores.Key k : sandbox.externalKeyStores().tenant(sandbox.accountId()).keys()) {
                out.add(Map.of("id", k.keyId(), "status", k.status()));
            }
        } catch (IllegalStateException noProxy) {
            // This application runs no in-process proxy: nothing to show in the external key manager.
        }
        return out;
    }

    /** The zone the call reached and a sentence that follows its path. */
    static Map<String, Object> call(EngineEvent e, KmsEngine.CustomKeyStoreView view) {
        String origin = view.keys().stream().filter(k -> k.arn().equals(e.keyArn())).map(KeyMetadata::origin)
                .findFirst().orElse(null);
        Object storeId = e.requestParameters() == null ? null : e.requestParameters().get("customKeyStoreId");
        String storeType = view.stores().stream().filter(s -> s.customKeyStoreId().equals(storeId))
                .map(CustomKeyStoresListEntry::customKeyStoreType).findFirst()
                .orElse(e.requestParameters() != null && "EXTERNAL_KEY_STORE".equals(
                        e.requestParameters().get("customKeyStoreType")) ? "EXTERNAL_KEY_STORE" : null);
        boolean hsm = "AWS_CLOUDHSM".equals(origin) || "AWS_CLOUDHSM".equals(storeType);
        boolean xks = "EXTERNAL_KEY_STORE".equals(origin) || "EXTERNAL_KEY_STORE".equals(storeType);
        String op = e.eventName();
        boolean crypto = Set.of("Encrypt", "Decrypt", "ReEncrypt", "GenerateDataKey",
                "GenerateDataKeyWithoutPlaintext").contains(op);
        String path;
        if (hsm && crypto) {
            path = "caller -> KMS -> an HSM of the CloudHSM cluster, which runs AES-GCM with the key that never "
                    + "leaves it -> KMS -> caller";
        } else if (xks && crypto) {
            path = op.equals("Decrypt")
                    ? "caller -> KMS -> XKS proxy: the external key manager decrypts the outer layer -> KMS decrypts "
                            + "the inner layer with its own material -> caller"
                    : "caller -> KMS encrypts with its own material -> XKS proxy: the external key manager encrypts "
                            + "that again with the external key -> KMS -> caller";
        } else if (hsm) {
            path = "caller -> KMS -> the CloudHSM cluster (as kmsuser)";
        } else if (xks) {
            path = "caller -> KMS -> the XKS proxy (SigV4 with the proxy's own credential)";
        } else {
            path = "caller -> KMS, in its own key store";
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("zone", hsm ? "cloudhsm" : xks ? "xks" : "kms");
        out.put("failed", e.failed());
        out.put("text", op + ": " + path + (e.failed() ? ". Refused: " + e.errorCode()
                + (e.errorMessage() == null || e.errorMessage().isEmpty() ? "" : " (" + e.errorMessage() + ")") : "."));
        return out;
    }
}
