package org.kmslab.ui.component;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.MultiRegionConfiguration;
import org.kmslab.engine.api.MultiRegionKey;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Regions of a multi-Region key ({@code frontend/region-map.js}): each Region's copy of the key (primary or
 * replica, state, current key material) as the engine reports it after the call, and the call that just ran, with a
 * flow between Regions for the calls that cross them. The same facts are written as text for screen readers.
 */
@Tag("kms-region-map")
public class RegionMap extends Component implements AnimatedVisualizer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The map as last drawn, sent when the element appears (it is drawn only while it is in the page). */
    private String lastView;
    /** Emptied while not in the page: empty the element when it appears. */
    private boolean cleared;

    public RegionMap() {
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "The Regions of the multi-Region key");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJsModule("/kmslab/region-map.js");
        if (lastView != null || cleared) {
            getElement().executeJs("customElements.whenDefined(this.localName).then(() => this.show($0))", lastView);
        }
        cleared = false;
    }

    /**
     * Shows {@code event} on the set its key belongs to; {@code observe} reads a key's metadata by ARN (in any
     * Region) without making a call. Events on single-Region keys leave the map as it is.
     *
     * @return whether the map was drawn (the event's key is a multi-Region key)
     */
    public boolean show(EngineEvent event, Function<String, Optional<KeyMetadata>> observe) {
        if (event.keyArn() == null) {
            return false;
        }
        Optional<KeyMetadata> seen = observe.apply(event.keyArn());
        if (seen.isEmpty() || !Boolean.TRUE.equals(seen.get().multiRegion())) {
            return false;
        }
        MultiRegionConfiguration set = seen.get().multiRegionConfiguration();
        List<Map<String, Object>> regions = new ArrayList<>();
        List<MultiRegionKey> keys = new ArrayList<>();
        keys.add(set.primaryKey());
        keys.addAll(set.replicaKeys());
        for (MultiRegionKey k : keys) {
            observe.apply(k.arn()).ifPresent(m -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("region", k.region());
                r.put("role", m.multiRegionConfiguration().multiRegionKeyType());
                r.put("state", m.keyState());
                r.put("materialId", m.keyState().equals("PendingImport") ? null : m.currentKeyMaterialId());
                regions.add(r);
            });
        }
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("region", event.region());
        call.put("operation", event.eventName());
        call.put("outcome", event.errorCode() == null ? "success" : "error");
        Object target = event.requestParameters() == null ? null
                : event.requestParameters().getOrDefault("replicaRegion",
                        event.requestParameters().get("primaryRegion"));
        if (target != null) {
            call.put("from", event.region());
            call.put("to", target);
        } else if (event.eventType() == EventType.AWS_SERVICE_EVENT) {
            call.put("from", set.primaryKey().region());
            call.put("to", event.region());
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("keyId", seen.get().keyId());
        view.put("regions", regions);
        view.put("call", call);
        view.put("description", "In " + event.region() + ": " + EventDescriptions.describe(event) + " "
                + summary(regions));
        lastView = JSON.writeValueAsString(view);
        cleared = false;
        if (Visualizers.attached(getElement())) {
            getElement().callJsFunction("show", lastView);
        }
        return true;
    }

    /** Empties the map (the lesson was reset). */
    public void clear() {
        lastView = null;
        if (Visualizers.attached(getElement())) {
            getElement().callJsFunction("show", (Object) null);
        } else {
            cleared = true;
        }
    }

    private static String summary(List<Map<String, Object>> regions) {
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> r : regions) {
            parts.add(r.get("region") + " holds the " + ("PRIMARY".equals(r.get("role")) ? "primary" : "replica")
                    + " (" + r.get("state") + (r.get("materialId") == null ? ", no key material" : "") + ")");
        }
        return "The key now: " + String.join("; ", parts) + ".";
    }
}
