package org.kmslab.sandbox.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.kmslab.durability.AppProcess;

/**
 * A cluster on loopback for tests: a schema of its own in the CI PostgreSQL ({@code KMSLAB_TEST_POSTGRES_URL}),
 * N KMS Lab instances (child JVMs of the test class path, profile {@code postgres}, cluster mode on) and HAProxy
 * with the shipped {@code deploy/haproxy.cfg}, its ports rewritten to free ones.
 */
final class ClusterFixture implements AutoCloseable {

    static final String SCHEMA = "kmslab_cluster";
    static final String INSTRUCTOR_SECRET = "cluster-test-instructor";
    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final String ROOT_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final Path dir;
    private final int[] ports;
    private final AppProcess[] nodes;
    private final int balancerPort = AppProcess.freePort();
    private Process haproxy;

    private ClusterFixture(Path dir, int size) {
        this.dir = dir;
        this.ports = new int[size];
        this.nodes = new AppProcess[size];
        for (int i = 0; i < size; i++) {
            ports[i] = AppProcess.freePort();
        }
    }

    static boolean available() {
        return Files.isExecutable(HAPROXY) && System.getenv("KMSLAB_TEST_POSTGRES_URL") != null;
    }

    /** Empties the schema, starts the first instance (it runs the migrations), then the others together. */
    static ClusterFixture start(Path dir, int size) throws Exception {
        ClusterFixture cluster = new ClusterFixture(dir, size);
        try {
            resetSchema();
            cluster.startNode(0);
            List<CompletableFuture<Void>> rest = new ArrayList<>();
            for (int i = 1; i < size; i++) {
                int n = i;
                rest.add(CompletableFuture.runAsync(() -> cluster.startNode(n)));
            }
            CompletableFuture.allOf(rest.toArray(CompletableFuture[]::new)).join();
            cluster.startBalancer();
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    String balancer() {
        return "http://127.0.0.1:" + balancerPort;
    }

    String node(int index) {
        return "http://127.0.0.1:" + ports[index];
    }

    /** The cookie value HAProxy uses for instance {@code index} (n1, n2, ...). */
    static String cookieOf(int index) {
        return "n" + (index + 1);
    }

    static int indexOf(String instanceId) {
        return Integer.parseInt(instanceId.substring(1)) - 1;
    }

    void kill(int index) throws InterruptedException {
        nodes[index].kill();
    }

    /** A connection to the cluster's schema, for checks. */
    static Connection database() throws SQLException {
        return DriverManager.getConnection(url(), System.getenv("KMSLAB_TEST_POSTGRES_USER"),
                System.getenv("KMSLAB_TEST_POSTGRES_PASSWORD"));
    }

    private static String url() {
        String base = System.getenv("KMSLAB_TEST_POSTGRES_URL");
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    private static void resetSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getenv("KMSLAB_TEST_POSTGRES_URL"),
                System.getenv("KMSLAB_TEST_POSTGRES_USER"), System.getenv("KMSLAB_TEST_POSTGRES_PASSWORD"));
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
    }

    private void startNode(int index) {
        try {
            Path data = Files.createDirectories(dir.resolve("node" + (index + 1)).resolve("data"));
            nodes[index] = AppProcess.start(data, dir.resolve("node" + (index + 1) + ".log"), Map.of(
                            "SPRING_PROFILES_ACTIVE", "postgres",
                            "KMSLAB_DB_URL", url(),
                            "KMSLAB_DB_USER", System.getenv("KMSLAB_TEST_POSTGRES_USER"),
                            "KMSLAB_DB_PASSWORD", System.getenv("KMSLAB_TEST_POSTGRES_PASSWORD"),
                            "KMSLAB_ROOT_KEY", ROOT_KEY),
                    List.of("--kmslab.cluster.enabled=true", "--kmslab.cluster.instance-id=" + cookieOf(index),
                            "--kmslab.instructor-secret=" + INSTRUCTOR_SECRET,
                            "--spring.datasource.hikari.maximum-pool-size=5"),
                    ports[index]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startBalancer() throws IOException, InterruptedException {
        String config = Files.readString(Path.of("deploy/haproxy.cfg"))
                .replace("bind 127.0.0.1:8080", "bind 127.0.0.1:" + balancerPort);
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < ports.length; i++) {
            servers.append("    server ").append(cookieOf(i)).append(" 127.0.0.1:").append(ports[i])
                    .append(" check cookie ").append(cookieOf(i)).append('\n');
        }
        config = config.replaceAll("(?m)^    server .*\\n", "") + servers;
        Path file = dir.resolve("haproxy.cfg");
        Files.writeString(file, config);
        haproxy = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(balancer() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // HAProxy not listening yet.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("HAProxy did not answer; see " + dir.resolve("haproxy.log"));
    }

    @Override
    public void close() throws InterruptedException {
        if (haproxy != null) {
            haproxy.destroy();
            haproxy.waitFor(10, TimeUnit.SECONDS);
        }
        for (AppProcess node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }
}
