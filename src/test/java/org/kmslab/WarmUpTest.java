package org.kmslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.LessonCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The ahead-of-time cache's training run opens real pages, and refuses to train on an error page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarmUpTest {

    @LocalServerPort
    int port;

    @Autowired
    LessonCatalog catalog;

    @Test
    void opensHomeTheFirstLessonAndEveryTopLevelView() {
        List<String> pages = WarmUp.pages(catalog);
        assertThat(pages).startsWith("/", "/lessons", "/lessons/" + catalog.lessons().getFirst().id())
                .contains("/sandbox", "/quiz", "/audit", "/metrics", "/connect");
        assertThat(WarmUp.visit("http://127.0.0.1:" + port, pages)).isEqualTo(pages);
    }

    @Test
    void aPageThatIsNotThereFailsTheRun() {
        assertThatThrownBy(() -> WarmUp.visit("http://127.0.0.1:" + port, List.of("/", "/api/no-such-thing")))
                .hasMessage("warm-up: /api/no-such-thing answered 404");
    }

    @Test
    void runsOnAFreeLoopbackPortWithAThrowawayDataFolder() {
        assertThat(WarmUp.requested(new String[] {"--server.port=9000", "--kmslab.warm-up"})).isTrue();
        assertThat(WarmUp.requested(new String[] {"--server.port=9000"})).isFalse();
        StandardEnvironment environment = environment("--kmslab.warm-up");
        WarmUp.applyTo(environment, Path.of("/tmp/x"));
        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("kmslab.data-dir")).isEqualTo("/tmp/x");
    }

    @Test
    void whatTheCallerTypesStillWins() {
        StandardEnvironment environment = environment("--kmslab.warm-up", "--server.port=9000");
        WarmUp.applyTo(environment, Path.of("/tmp/x"));
        assertThat(environment.getProperty("server.port")).isEqualTo("9000");
        assertThat(environment.getProperty("kmslab.data-dir")).isEqualTo("/tmp/x");
    }

    /** The command line above application.properties' own port and data folder, as Spring Boot orders them. */
    private static StandardEnvironment environment(String... args) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(args));
        environment.getPropertySources().addLast(new MapPropertySource("application.properties",
                Map.of("server.port", "8080", "kmslab.data-dir", "./data")));
        return environment;
    }
}
