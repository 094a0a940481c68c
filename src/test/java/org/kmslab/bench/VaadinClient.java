package org.kmslab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated learner: a browser tab's worth of Vaadin Flow client protocol, without a browser. It opens a route as
 * the Flow bootstrap does ({@code GET ?v-r=init}, then the {@code ui-navigate} event), keeps the state tree the
 * server sends (tags, texts, children, DOM listeners), and clicks buttons by their text with UIDL {@code event} RPCs,
 * as the browser would. Each UIDL round trip is timed. Server push is not connected (no WebSocket): what the server
 * would push arrives with the next response instead, which is what a long-polling client that lost its poll sees.
 *
 * <p>Not thread-safe: one learner, one thread.
 */
final class VaadinClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BROWSER_DETAILS = "&v-bw=1280&v-bh=800&v-sw=1280&v-sh=800&v-tzo=0&v-rtzo=0&v-dstd=0"
            + "&v-dston=false&v-tzid=UTC&v-curdate=0&v-td=false&v-wn=bench";

    private final HttpClient http;
    private final String base;
    private final Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private String csrf;
    private int uiId;
    private int syncId;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, List<String>> eventDataByHash = new HashMap<>();
    /** Characters of the last UIDL response: the size of the diff the server wrote for one round trip. */
    private int lastResponseChars;

    private static final class Node {
        String tag;
        String text;
        Integer parent;
        boolean disabled;
        final Map<String, String> listeners = new HashMap<>();
    }

    VaadinClient(HttpClient http, String base) {
        this.http = http;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** Loads {@code route} as a new tab would; returns the nanoseconds of the three round trips. */
    long open(String route) throws IOException, InterruptedException {
        long start = System.nanoTime();
        send(HttpRequest.newBuilder(URI.create(base + route)).GET());
        String init = base + "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="
                + BROWSER_DETAILS;
        JsonNode config = JSON.readTree(send(HttpRequest.newBuilder(URI.create(init)).GET()).body())
                .get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrf = uidl.get("Vaadin-Security-Key").asString();
        apply(uidl);
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        event(1, "ui-navigate", data);
        return System.nanoTime() - start;
    }

    /** True when an enabled button with exactly this text is on the page. */
    boolean hasButton(String text) {
        return button(text).isPresent();
    }

    /** Clicks the enabled button with exactly this text; returns the round trip in nanoseconds. */
    long click(String text) throws IOException, InterruptedException {
        int node = button(text).orElseThrow(() -> new IllegalStateException("no enabled button '" + text + "'"));
        String hash = nodes.get(node).listeners.get("click");
        ObjectNode data = JSON.createObjectNode();
        for (String expression : eventDataByHash.getOrDefault(hash, List.of())) {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else {
                data.put(expression, 0);
            }
        }
        long start = System.nanoTime();
        event(node, "click", data);
        return System.nanoTime() - start;
    }

    /** Characters of the last UIDL response (after a click: what the server wrote for it). */
    int lastResponseChars() {
        return lastResponseChars;
    }

    /** How many nodes the client holds per tag, most first (text nodes have none): what the view is made of. */
    Map<String, Long> nodesByTag() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        nodes.values().forEach(n -> counts.merge(n.tag == null ? "(no tag: text or internal)" : n.tag, 1L, Long::sum));
        return counts;
    }

    /** How many nodes the client holds (a rough check that the view arrived). */
    int nodeCount() {
        return nodes.size();
    }

    private Optional<Integer> button(String text) {
        for (Map.Entry<Integer, Node> e : nodes.entrySet()) {
            Node n = e.getValue();
            if (text.equals(n.text) && n.parent != null) {
                Node parent = nodes.get(n.parent);
                if (parent != null && "vaadin-button".equals(parent.tag) && !parent.disabled
                        && parent.listeners.containsKey("click")) {
                    return Optional.of(n.parent);
                }
            }
        }
        return Optional.empty();
    }

    private void event(int node, String event, ObjectNode data) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrf);
        ObjectNode rpc = body.putArray("rpc").addObject();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        String text = response.body();
        lastResponseChars = text.length();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(text);
        JsonNode message = answer.isArray() ? answer.get(0) : answer;
        if (message.has("meta") && message.get("meta").has("sessionExpired")) {
            throw new IOException("session expired");
        }
        apply(message);
        clientId++;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.values()));
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("set-cookie")) {
            String pair = set.split(";", 2)[0];
            cookies.put(pair.split("=", 2)[0], pair);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " for " + response.uri());
        }
        return response;
    }

    private void apply(JsonNode message) {
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        JsonNode constants = message.get("constants");
        if (constants != null) {
            for (Map.Entry<String, JsonNode> c : constants.properties()) {
                List<String> expressions = new ArrayList<>();
                Iterator<String> names = c.getValue().propertyNames().iterator();
                names.forEachRemaining(name -> {
                    if (name.startsWith("event.")) {
                        expressions.add(name);
                    }
                });
                eventDataByHash.put(c.getKey(), expressions);
            }
        }
        JsonNode changes = message.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            Node node = nodes.computeIfAbsent(id, k -> new Node());
            switch (change.get("type").asString()) {
                case "put" -> put(node, change);
                case "remove" -> {
                    if ("disabled".equals(change.path("key").asString(""))) {
                        node.disabled = false;
                    }
                }
                case "splice" -> {
                    JsonNode added = change.get("addNodes");
                    if (added != null) {
                        for (JsonNode child : added) {
                            nodes.computeIfAbsent(child.asInt(), k -> new Node()).parent = id;
                        }
                    }
                }
                case "detach" -> nodes.remove(id);
                default -> {
                    // attach, clear: nothing the clicks need
                }
            }
        }
    }

    private static void put(Node node, JsonNode change) {
        String key = change.path("key").asString("");
        JsonNode value = change.get("value");
        switch (key) {
            case "tag" -> node.tag = value.asString();
            case "text" -> node.text = value == null ? null : value.asString();
            case "disabled" -> node.disabled = value != null && !value.isNull() && !"false".equals(value.asString());
            default -> {
                if (change.path("feat").asInt() == 4 && value != null && value.isString()) {
                    node.listeners.put(key, value.asString());
                }
            }
        }
    }
}
