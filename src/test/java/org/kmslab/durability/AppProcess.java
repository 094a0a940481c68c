package org.kmslab.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.kmslab.KmsLabApplication;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * KMS Lab in a child JVM (the test classpath, the Spring Boot main) on a random port, with its data folder and its
 * log file chosen by the test: the real application, killable with SIGKILL.
 */
public final class AppProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application on {@code dataDir}, appending everything it prints to {@code log}, and waits until it
     * answers HTTP.
     *
     * @param environment extra environment variables, e.g. {@code KMSLAB_ROOT_KEY}; the test's own is removed
     */
    static AppProcess start(Path dataDir, Path log, Map<String, String> environment) {
        return start(dataDir, log, environment, List.of());
    }

    /** As {@link #start(Path, Path, Map)}, with more command-line settings ({@code --name=value}) after ours. */
    public static AppProcess start(Path dataDir, Path log, Map<String, String> environment, List<String> settings) {
        return start(dataDir, log, environment, settings, freePort());
    }

    /** As above, on a port the caller chose. */
    public static AppProcess start(Path dataDir, Path log, Map<String, String> environment, List<String> settings,
            int port) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", classPath(),
                KmsLabApplication.class.getName(),
                "--server.port=" + port,
                "--kmslab.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.main.banner-mode=off",
                "--vaadin.launch-browser=false"));
        command.addAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toAbsolutePath().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("KMSLAB_ROOT_KEY");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        builder.environment().putAll(environment);
        try {
            Files.writeString(log, "$ " + String.join(" ", command) + "\n", java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            AppProcess app = new AppProcess(builder.start(), port, log);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A KMS client in local mode (any credentials act as the default sandbox's administrator); no retries. */
    KmsClient kms() {
        return KmsClient.builder()
                .endpointOverride(URI.create("http://localhost:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")))
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallTimeout(Duration.ofSeconds(30)))
                .build();
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: Spring closes the context and H2 closes the database. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("KMS Lab exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("KMS Lab did not start within " + START_TIMEOUT + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.get(0) + "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test's class path as plain entries. Surefire starts tests from a manifest-only jar whose Class-Path lists
     * the real entries; handing that jar on would make Spring see every resource twice (once through the jar's
     * manifest), so it is unfolded here.
     */
    private static String classPath() {
        String classPath = System.getProperty("java.class.path");
        String[] entries = classPath.split(java.io.File.pathSeparator);
        if (entries.length != 1 || !entries[0].endsWith(".jar")) {
            return classPath;
        }
        try (var jar = new java.util.jar.JarFile(entries[0])) {
            var manifest = jar.getManifest();
            String listed = manifest == null ? null
                    : manifest.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (listed == null || listed.isBlank()) {
                return classPath;
            }
            List<String> unfolded = new ArrayList<>();
            for (String url : listed.trim().split("\\s+")) {
                if (url.isBlank()) {
                    continue;
                }
                unfolded.add(Path.of(URI.create(url).isAbsolute() ? URI.create(url)
                        : Path.of(entries[0]).toAbsolutePath().getParent().toUri().resolve(url)).toString());
            }
            // An empty entry would mean the working directory, whose lessons/ folder would then load twice.
            unfolded.removeIf(String::isBlank);
            return String.join(java.io.File.pathSeparator, unfolded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
