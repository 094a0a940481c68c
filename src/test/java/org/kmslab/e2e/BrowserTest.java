package org.kmslab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.kmslab.sandbox.BrowserSandboxes;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.ui.BrowserToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the Playwright journeys: the app on a random port, one browser per class, a fresh context per test, always
 * closed. Uses Debian's Chromium when installed (CI and this machine), else Playwright's own browser (a laptop).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    /**
     * The window of a fresh context: 1280x720, the smallest laptop learners use, unless {@code -Dkmslab.e2e.viewport=
     * 1280x800} (width x height) asks for another, to run the same journeys at a second size.
     */
    static final int[] VIEWPORT = viewport(System.getProperty("kmslab.e2e.viewport", "1280x720"));

    @LocalServerPort
    private int port;

    @Autowired
    private BrowserSandboxes browserSandboxes;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;
    /** Browser errors of {@link #page} are checked after every test; layout on {@code health.assertHealthy(view)}. */
    protected PageHealth health;

    @BeforeAll
    void launchBrowser() {
        playwright = Playwright.create();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
    }

    @BeforeEach
    void openContext() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(VIEWPORT[0], VIEWPORT[1]));
        context.setDefaultTimeout(30_000);
        page = context.newPage();
        health = new PageHealth(page);
    }

    @AfterEach
    void closeContext() {
        try {
            health.assertNoErrors();
        } finally {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        browser.close();
        playwright.close();
    }

    private static int[] viewport(String size) {
        String[] parts = size.split("x");
        return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * The sandbox of {@code context}'s browser, found by its cookie as the app finds it: each context is a browser of
     * its own, with a sandbox of its own. The context must have loaded a page of the app already.
     */
    protected Sandbox sandboxOf(BrowserContext context) {
        String token = context.cookies().stream().filter(c -> BrowserToken.NAME.equals(c.name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("this browser has not opened the app yet")).value;
        return browserSandboxes.of(token);
    }

    /** Saves a full-page screenshot under target/screenshots/ for a human to look at. */
    protected void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots", name + ".png")).setFullPage(true));
    }
}
