package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

@Timeout(60)
class JournaledAuditStoreTest {

    @TempDir
    Path dir;

    private final JdbcDataSource database = AuditFixture.database();
    private final AuditRepository repository = new AuditRepository(JdbcClient.create(database),
            new JdbcTemplate(database));

    @Test
    void every_record_written_is_visible_to_a_read_that_starts_after_the_write_returned() {
        JournaledAuditStore store = JournaledAuditStore.open(dir, false, repository);
        try {
            for (int round = 0; round < 50; round++) {
                List<AuditEntry> written = store.write(List.of(AuditJournalTest.entry("r" + round + "a"),
                        AuditJournalTest.entry("r" + round + "b")));

                store.awaitReadable();

                assertThat(repository.find(AuditQuery.all("111122223333", null, 2)))
                        .extracting(AuditEntry::eventId).containsExactly("r" + round + "b", "r" + round + "a");
                assertThat(repository.maxSeq()).isEqualTo(written.get(1).seq());
            }
        } finally {
            store.close();
        }
    }

    @Test
    void records_get_consecutive_seq_values_that_the_table_keeps() {
        JournaledAuditStore store = JournaledAuditStore.open(dir, false, repository);
        List<AuditEntry> written = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                written.addAll(store.write(List.of(AuditJournalTest.entry("e" + i))));
            }
        } finally {
            store.close();
        }
        assertThat(written).extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
        assertThat(repository.find(AuditQuery.all("111122223333", null, 100)).reversed()).isEqualTo(written);
    }

    @Test
    void start_up_indexes_what_a_killed_run_left_in_the_journal_once_and_resumes_above_it() throws IOException {
        // A run that was killed: records 1-5 journaled, 1-3 of them indexed, and a sixth cut short mid-write.
        AuditJournal killed = AuditJournal.open(dir, false, 1L << 20).resume(0);
        List<AuditEntry> journaled = killed.append(List.of(AuditJournalTest.entry("a"), AuditJournalTest.entry("b"),
                AuditJournalTest.entry("c")));
        journaled = new ArrayList<>(journaled);
        journaled.addAll(killed.append(List.of(AuditJournalTest.entry("d"), AuditJournalTest.entry("e"))));
        killed.close();
        repository.insertChunks(journaled.subList(0, 3));
        Path segment = segments().get(0);
        Files.write(segment, new byte[] {0, 0, 4, 0, 1, 2, 3, 4, 5, 6}, StandardOpenOption.APPEND);

        JournaledAuditStore store = JournaledAuditStore.open(dir, false, repository);
        try {
            assertThat(repository.find(AuditQuery.all("111122223333", null, 100)))
                    .extracting(AuditEntry::eventId).containsExactly("e", "d", "c", "b", "a");
            assertThat(segments()).doesNotContain(segment);

            assertThat(store.write(List.of(AuditJournalTest.entry("f")))).extracting(AuditEntry::seq)
                    .containsExactly(6L);
            store.awaitReadable();
            assertThat(repository.maxSeq()).isEqualTo(6);
        } finally {
            store.close();
        }
    }

    @Test
    void a_clean_stop_indexes_everything_leaves_no_segment_and_lets_the_table_number_on() throws IOException {
        JournaledAuditStore store = JournaledAuditStore.open(dir, false, repository);
        for (int i = 0; i < 10; i++) {
            store.write(List.of(AuditJournalTest.entry("e" + i)));
        }

        store.close();

        assertThat(repository.maxSeq()).isEqualTo(10);
        assertThat(segments()).isEmpty();
        JournaledAuditStore again = JournaledAuditStore.open(dir, false, repository);
        try {
            assertThat(again.write(List.of(AuditJournalTest.entry("next")))).extracting(AuditEntry::seq)
                    .containsExactly(11L);
        } finally {
            again.close();
        }
        assertThat(repository.maxSeq()).isEqualTo(11);

        DirectAuditStore direct = new DirectAuditStore(repository);
        direct.write(List.of(AuditJournalTest.entry("direct")));
        assertThat(repository.find(AuditQuery.all("111122223333", null, 1))).extracting(AuditEntry::seq)
                .containsExactly(12L);
    }

    @Test
    void a_subscriber_is_told_of_a_record_with_its_stored_seq_and_can_read_it_at_once() {
        try (AuditFixture f = new AuditFixture()) {
            List<Long> told = new ArrayList<>();
            List<Long> read = new ArrayList<>();
            f.audit.subscribe(AuditFixture.ACCOUNT, entry -> {
                told.add(entry.seq());
                f.audit.find(AuditQuery.all(AuditFixture.ACCOUNT, null, 1)).forEach(e -> read.add(e.seq()));
            });

            f.symmetricKey();

            assertThat(told).hasSize(1).allMatch(seq -> seq > 0);
            assertThat(read).isEqualTo(told);
        }
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".journal")).sorted().toList();
        }
    }
}
