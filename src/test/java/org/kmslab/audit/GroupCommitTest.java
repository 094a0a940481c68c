package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class GroupCommitTest {

    private final List<List<String>> written = Collections.synchronizedList(new ArrayList<>());

    @Test
    void a_caller_is_answered_only_after_the_batch_holding_its_record_is_written() {
        GroupCommit commits = new GroupCommit(batch -> written.add(batch.stream().map(AuditEntry::eventId).toList()));
        GroupCommit.Batch batch = commits.add(entry("e1"));
        assertThat(written).isEmpty();

        batch.await();

        assertThat(written).containsExactly(List.of("e1"));
    }

    @Test
    void records_that_arrive_while_a_batch_is_written_share_the_next_transaction() throws Exception {
        CountDownLatch firstWriteStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstWrite = new CountDownLatch(1);
        GroupCommit commits = new GroupCommit(batch -> {
            if (written.isEmpty()) {
                firstWriteStarted.countDown();
                await(releaseFirstWrite);
            }
            written.add(batch.stream().map(AuditEntry::eventId).toList());
        });
        ExecutorService callers = Executors.newFixedThreadPool(9);
        try {
            Future<?> first = callers.submit(() -> commits.add(entry("first")).await());
            assertThat(firstWriteStarted.await(10, TimeUnit.SECONDS)).isTrue();
            List<GroupCommit.Batch> joined = new ArrayList<>();
            List<Future<?>> waiting = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                GroupCommit.Batch batch = commits.add(entry("e" + i));
                joined.add(batch);
                waiting.add(callers.submit(batch::await));
            }
            Thread.sleep(100);
            assertThat(waiting).noneMatch(Future::isDone);
            assertThat(first.isDone()).isFalse();

            releaseFirstWrite.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (Future<?> f : waiting) {
                f.get(10, TimeUnit.SECONDS);
            }

            assertThat(joined).allMatch(b -> b == joined.get(0));
            assertThat(written).containsExactly(List.of("first"),
                    List.of("e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7"));
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void every_record_of_many_concurrent_callers_is_written_once_and_before_its_caller_returns() throws Exception {
        GroupCommit commits = new GroupCommit(batch -> written.add(batch.stream().map(AuditEntry::eventId).toList()));
        ExecutorService callers = Executors.newFixedThreadPool(16);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String id = "e" + i;
            results.add(callers.submit(() -> {
                commits.add(entry(id)).await();
                synchronized (written) {
                    return written.stream().anyMatch(b -> b.contains(id));
                }
            }));
        }
        for (Future<Boolean> r : results) {
            assertThat(r.get(20, TimeUnit.SECONDS)).isTrue();
        }
        callers.shutdown();
        List<String> all = written.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(2_000).doesNotHaveDuplicates();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static AuditEntry entry(String id) {
        return new AuditEntry(0, id, "111122223333", "us-east-1", Instant.EPOCH, "Encrypt", "AwsApiCall", true, null,
                null, null, null, null, 0, "{}");
    }
}
