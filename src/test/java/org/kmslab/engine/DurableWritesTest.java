package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.ListKeysRequest;

@Timeout(30)
class DurableWritesTest {

    private final KmsEngine engine = new KmsEngine("111122223333", "us-east-1", EngineClock.fixed(
            java.time.Instant.parse("2026-01-01T00:00:00Z")));
    private final Caller root = Caller.root("111122223333", CallSource.LESSON);

    @Test
    void a_deferred_write_is_awaited_before_the_call_returns_and_after_the_engine_lock_is_released() {
        List<String> steps = new ArrayList<>();
        engine.addListener(event -> {
            if (event.eventName().equals("CreateKey")) {
                boolean deferred = DurableWrites.defer(() -> {
                    // Another thread's engine call completes meanwhile: the lock is no longer held.
                    CompletableFuture.runAsync(() -> engine.listKeys(root, new ListKeysRequest(null, null)))
                            .orTimeout(10, TimeUnit.SECONDS).join();
                    steps.add("awaited outside the lock");
                });
                steps.add("deferred " + deferred);
            }
        });

        engine.createKey(root, CreateKeyRequest.symmetric());
        steps.add("returned");

        assertThat(steps).containsExactly("deferred true", "awaited outside the lock", "returned");
    }

    @Test
    void outside_an_engine_call_nothing_is_deferred_and_the_listener_must_wait_itself() {
        assertThat(DurableWrites.defer(() -> { })).isFalse();
    }

    @Test
    void a_failing_call_still_awaits_its_deferred_writes() {
        List<String> steps = new ArrayList<>();
        engine.addListener(event -> DurableWrites.defer(() -> steps.add("awaited " + event.errorCode())));
        try {
            engine.describeKey(root, new org.kmslab.engine.api.DescribeKeyRequest("alias/none", null));
        } catch (KmsException expected) {
            steps.add("threw");
        }
        assertThat(steps).containsExactly("awaited NotFoundException", "threw");
        assertThat(DurableWrites.defer(() -> { })).isFalse();
    }
}
