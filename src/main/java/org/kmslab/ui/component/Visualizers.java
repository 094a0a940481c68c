package org.kmslab.ui.component;

import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.Map;
import org.kmslab.engine.EngineEvent;
import tools.jackson.databind.json.JsonMapper;

/** What the visualizer wrappers share: one JSON mapper, the event view every element plays, a safe call. */
final class Visualizers {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Visualizers() {
    }

    /**
     * The part of an engine event an animation needs: operation, outcome, AWS error code and the sentence that is its
     * text alternative. Request parameters are not copied, so nothing secret can reach the browser through here.
     */
    static Map<String, Object> eventView(EngineEvent event) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("operation", event.eventName());
        view.put("outcome", event.failed() ? "error" : "success");
        view.put("errorCode", event.errorCode());
        view.put("description", EventDescriptions.describe(event));
        return view;
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    /**
     * Calls {@code method(json)} on the element once its module has defined it: the module loads asynchronously on
     * first attach, and a call that arrives earlier would find no method.
     */
    static void call(Element element, String method, String json) {
        element.executeJs("customElements.whenDefined(this.localName).then(() => this[$0]($1))", method, json);
    }

    /**
     * Whether the element is in the page now. Vaadin keeps a detached element's JavaScript calls until it is attached,
     * one per call, so a visualizer that is not shown keeps only what it needs to draw its current state when it
     * appears, and sends that once, from its attach.
     */
    static boolean attached(Element element) {
        return element.getNode().isAttached();
    }
}
