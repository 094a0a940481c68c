package org.kmslab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.kmslab.lessons.LessonCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;

/**
 * The training run of a JDK ahead-of-time cache (JEP 483/514/515): started with {@code --kmslab.warm-up} under
 * {@code -XX:AOTCacheOutput=...}, the app comes up on a free loopback port with a throwaway data folder, opens every
 * top-level page and the first lesson once, and exits; the JVM then writes the cache of the classes it loaded and
 * linked and the methods it profiled, and a later {@code java -XX:AOTCache=... -jar} starts from it in about half the
 * time (README, "Faster start-up"; docs/benchmarks.md). A page that does not answer 200 fails the run, so a cache is
 * never trained on an error page.
 */
final class WarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);

    static final String FLAG = "--kmslab.warm-up";

    private WarmUp() {
    }

    static boolean requested(String[] args) {
        return List.of(args).contains(FLAG);
    }

    /** What a warm-up run changes: a free port on loopback and a data folder of its own. */
    static Map<String, Object> settings(Path dataDir) {
        return Map.of("server.port", "0", "server.address", "127.0.0.1", "kmslab.data-dir", dataDir.toString());
    }

    /**
     * Puts {@link #settings} right below the command line: above {@code application.properties} (whose
     * {@code server.port} and {@code kmslab.data-dir} would otherwise win, as they do over default properties), below
     * what the caller typed.
     */
    static void applyTo(ConfigurableEnvironment environment, Path dataDir) {
        MapPropertySource warmUp = new MapPropertySource("kmslab-warm-up", settings(dataDir));
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
            sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, warmUp);
        } else {
            sources.addFirst(warmUp);
        }
    }

    /** The pages a learner opens first: home, the first lesson, and every top-level view. */
    static List<String> pages(LessonCatalog catalog) {
        List<String> pages = new ArrayList<>(List.of("/", "/lessons", "/sandbox", "/quiz", "/audit", "/metrics",
                "/connect", "/class/learner"));
        catalog.lessons().stream().findFirst().ifPresent(lesson -> pages.add(2, "/lessons/" + lesson.id()));
        return pages;
    }

    /** Gets each page from the running app; throws if one does not answer 200. Returns the pages it got. */
    static List<String> visit(String baseUrl, List<String> pages) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String page : pages) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + page)).timeout(Duration.ofSeconds(60))
                    .build();
            int status;
            try {
                status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException e) {
                throw new UncheckedIOException("warm-up: " + page + " did not answer", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("warm-up interrupted at " + page, e);
            }
            if (status != 200) {
                throw new IllegalStateException("warm-up: " + page + " answered " + status);
            }
        }
        return pages;
    }

    static void run(ApplicationContext context) {
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        List<String> pages = visit("http://127.0.0.1:" + port, pages(context.getBean(LessonCatalog.class)));
        LOG.info("warm-up: opened {} pages: {}", pages.size(), String.join(" ", pages));
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("warm-up: could not remove {}: {}", dir, e.getMessage());
        }
    }
}
