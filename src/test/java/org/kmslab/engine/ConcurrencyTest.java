package org.kmslab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.exception.DisabledException;

class ConcurrencyTest {

    @Test
    void many_threads_encrypt_while_another_rotates_and_disables_without_lost_events_or_torn_state()
            throws Exception {
        Fixture f = new Fixture();
        String keyId = f.symmetricKey();
        int threads = 6;
        int perThread = 150;
        AtomicInteger calls = new AtomicInteger(1);
        List<byte[]> blobs = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch someEncrypted = new CountDownLatch(10); // the first rotation waits for these
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    calls.incrementAndGet();
                    try {
                        blobs.add(f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {(byte) i}))
                                .ciphertextBlob());
                        someEncrypted.countDown();
                    } catch (DisabledException expected) {
                        // The admin thread disabled the key for a moment; the failure is still one event.
                    }
                }
                return null;
            }));
        }
        futures.add(pool.submit(() -> {
            start.await();
            someEncrypted.await();
            for (int i = 0; i < 20; i++) {
                calls.addAndGet(3);
                f.kms.rotateKeyOnDemand(f.root, RotateKeyOnDemandRequest.of(keyId));
                f.kms.disableKey(f.root, DisableKeyRequest.of(keyId));
                f.kms.enableKey(f.root, EnableKeyRequest.of(keyId));
            }
            return null;
        }));
        start.countDown();
        for (Future<?> fu : futures) {
            fu.get();
        }
        pool.shutdown();
        calls.incrementAndGet(); // one more encrypt after every rotation, so two material versions are certain
        blobs.add(f.kms.encrypt(f.root, EncryptRequest.of(keyId, new byte[] {1})).ciphertextBlob());
        assertThat(f.events).hasSize(calls.get());
        Set<String> requestIds = new HashSet<>();
        f.events.forEach(e -> requestIds.add(e.requestId()));
        assertThat(requestIds).hasSize(calls.get());
        for (int i = 1; i < f.events.size(); i++) {
            assertThat(f.events.get(i).eventTime()).isAfterOrEqualTo(f.events.get(i - 1).eventTime());
        }
        for (byte[] blob : blobs) {
            assertThat(f.kms.decrypt(f.root, DecryptRequest.of(blob)).plaintext()).hasSize(1);
        }
        assertThat(blobs.stream().map(b -> CiphertextFormat.parseCiphertext(b).keyMaterialId()).distinct().count())
                .isGreaterThan(1);
    }
}
