package org.kmslab.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.sandbox.Sandbox;

/** A browser's sandbox, found by its token, is the same one after the application restarts. */
class BrowserSandboxRestartTest {

    @TempDir
    Path dir;

    private final List<StoreFixture> runs = new ArrayList<>();

    private StoreFixture restart() {
        runs.forEach(StoreFixture::close);
        StoreFixture run = StoreFixture.h2(dir);
        runs.add(run);
        return run;
    }

    @AfterEach
    void stop() {
        runs.forEach(StoreFixture::close);
    }

    @Test
    void the_same_cookie_finds_the_same_sandbox_after_a_restart() {
        StoreFixture first = restart();
        Sandbox firstBrowser = first.browsers().of("token-of-the-first-browser");
        Sandbox secondBrowser = first.browsers().of("token-of-the-second-browser");
        String keyId = secondBrowser.engine().createKey(secondBrowser.administrator(CallSource.CONSOLE),
                CreateKeyRequest.symmetric()).keyMetadata().keyId();
        secondBrowser.advanceClock(Duration.ofDays(3));

        StoreFixture second = restart();
        Sandbox firstAgain = second.browsers().of("token-of-the-first-browser");
        Sandbox secondAgain = second.browsers().of("token-of-the-second-browser");

        assertThat(firstAgain).isSameAs(second.sandboxes.defaultSandbox());
        assertThat(firstAgain.accountId()).isEqualTo(firstBrowser.accountId());
        assertThat(secondAgain.accountId()).isEqualTo(secondBrowser.accountId()).isNotEqualTo("111122223333");
        assertThat(secondAgain.clockOffset()).isGreaterThan(Duration.ofDays(3).minusSeconds(1));
        assertThat(secondAgain.engine().listKeys(secondAgain.administrator(CallSource.CONSOLE),
                new ListKeysRequest(null, null)).keys()).extracting(k -> k.keyId()).containsExactly(keyId);
        assertThat(firstAgain.engine().listKeys(firstAgain.administrator(CallSource.CONSOLE),
                new ListKeysRequest(null, null)).keys()).isEmpty();
    }

    @Test
    void a_browser_seen_after_a_restart_still_gets_a_fresh_sandbox() {
        restart().browsers().of("token-of-the-first-browser");

        StoreFixture second = restart();
        Sandbox newcomer = second.browsers().of("token-of-a-new-browser");

        assertThat(newcomer).isNotSameAs(second.sandboxes.defaultSandbox());
    }

    @Test
    void a_new_sandbox_outlives_a_restart_and_the_old_one_is_kept() {
        StoreFixture first = restart();
        Sandbox old = first.browsers().of("token-of-the-first-browser");
        Sandbox fresh = first.browsers().startNew("token-of-the-first-browser");

        StoreFixture second = restart();

        assertThat(second.browsers().of("token-of-the-first-browser").accountId()).isEqualTo(fresh.accountId());
        assertThat(second.sandboxes.find(old.accountId())).isPresent();
        assertThat(second.jdbc().sql("SELECT COUNT(*) FROM browser_sandbox WHERE token_sha256 LIKE '%token%'")
                .query(Long.class).single()).isZero();
    }
}
