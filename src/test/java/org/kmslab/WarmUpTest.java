package org.kmslab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kmslab.lessons.LessonCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

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
        assertThat(WarmUp.defaults(Path.of("/tmp/x"))).containsEntry("server.port", "0")
                .containsEntry("server.address", "127.0.0.1").containsEntry("kmslab.data-dir", "/tmp/x");
    }
}
