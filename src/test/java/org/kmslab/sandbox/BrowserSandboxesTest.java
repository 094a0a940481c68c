package org.kmslab.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which sandbox a browser works in, by its token: the first browser the default one, every later one its own. */
class BrowserSandboxesTest {

    private final SandboxService service = SandboxService.local();
    private final BrowserSandboxStore store = BrowserSandboxStore.inMemory();
    private final BrowserSandboxes browsers = new BrowserSandboxes(service, store);

    @Test
    void the_first_browser_gets_the_default_sandbox() {
        Sandbox first = browsers.of("first-browser-token");

        assertThat(first).isSameAs(service.defaultSandbox());
        assertThat(first.accountId()).isEqualTo("111122223333");
        assertThat(browsers.isDefault(first)).isTrue();
    }

    @Test
    void a_new_browser_gets_a_fresh_sandbox_of_its_own() {
        Sandbox first = browsers.of("first-browser-token");
        Sandbox second = browsers.of("second-browser-token");
        Sandbox third = browsers.of("third-browser-token");

        assertThat(second).isNotSameAs(first).isNotSameAs(third);
        assertThat(second.accountId()).isNotEqualTo(first.accountId()).isNotEqualTo(third.accountId());
        assertThat(browsers.isDefault(second)).isFalse();
        assertThat(service.all()).contains(first, second, third);
    }

    @Test
    void the_same_token_finds_the_same_sandbox_again() {
        browsers.of("first-browser-token");
        Sandbox second = browsers.of("second-browser-token");

        assertThat(browsers.of("second-browser-token")).isSameAs(second);
        assertThat(browsers.of("first-browser-token")).isSameAs(service.defaultSandbox());
    }

    @Test
    void starting_a_new_sandbox_moves_the_browser_and_keeps_the_old_one() {
        Sandbox before = browsers.of("first-browser-token");

        Sandbox after = browsers.startNew("first-browser-token");

        assertThat(after).isNotSameAs(before);
        assertThat(browsers.of("first-browser-token")).isSameAs(after);
        assertThat(service.find(before.accountId())).containsSame(before);
        assertThat(service.identify(before.principal("admin").orElseThrow().credentials().accessKeyId())
                .map(Identity::sandbox)).containsSame(before);
    }

    @Test
    void the_default_sandbox_goes_to_the_first_browser_only_even_after_it_moves_on() {
        browsers.of("first-browser-token");
        browsers.startNew("first-browser-token");

        assertThat(browsers.of("second-browser-token")).isNotSameAs(service.defaultSandbox());
    }

    @Test
    void the_store_keeps_only_the_tokens_hash() {
        browsers.of("first-browser-token");

        assertThat(store.accountOf("first-browser-token")).isEmpty();
        assertThat(store.accountOf(BrowserSandboxes.hash("first-browser-token"))).contains("111122223333");
        assertThat(BrowserSandboxes.hash("first-browser-token")).hasSize(64).doesNotContain("first");
    }
}
