package org.kmslab.api.xks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The in-process proxy's HTTP endpoint: a JDK {@code HttpServer} on the loopback interface, on a free port, in front
 * of an {@link XksProxy}. It is a separate listener from the application's web server, so KMS reaches it exactly as
 * it would reach a proxy of the learner's own: by URI, over HTTP, with a signed request.
 */
final class XksProxyServer implements AutoCloseable {

    private static final int MAX_BODY = 64 * 1024;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "xks-proxy");
        t.setDaemon(true);
        return t;
    });

    XksProxyServer(XksProxy proxy) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/", exchange -> serve(proxy, exchange));
        server.setExecutor(threads);
        server.start();
    }

    /** {@code http://localhost:<port>}: what a key store's XksProxyUriEndpoint names. */
    String uriEndpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    private static void serve(XksProxy proxy, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(MAX_BODY + 1);
            }
            XksProxy.Response r = body.length > MAX_BODY
                    ? XksProxy.error(413, "ValidationException", "The request body is too large.")
                    : proxy.handle(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                            name -> headers(exchange, name), body);
            byte[] out = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(r.status(), out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        }
    }

    private static List<String> headers(HttpExchange exchange, String lowerCaseName) {
        List<String> values = exchange.getRequestHeaders().get(lowerCaseName.toLowerCase(Locale.ROOT));
        return values == null ? List.of() : values;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
