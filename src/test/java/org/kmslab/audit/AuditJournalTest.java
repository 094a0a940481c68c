package org.kmslab.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditJournalTest {

    private static final long BIG = 16L << 20;

    @TempDir
    Path dir;

    @Test
    void appended_records_are_numbered_in_order_and_read_back_whole() throws IOException {
        AuditJournal journal = AuditJournal.open(dir, false, BIG).resume(41);
        AuditEntry full = new AuditEntry(0, "id-1", "111122223333", "eu-west-1",
                Instant.parse("2025-05-20T20:46:16.123456789Z"), "Encrypt", "AwsApiCall", true,
                "arn:aws:kms:eu-west-1:111122223333:key/k", "arn:aws:iam::111122223333:user/Zoë", "Zoë",
                "NotFoundException", "CryptographicOperationsSymmetric", 1234, "{\"eventName\":\"Encrypt\",\"é\":1}");
        AuditEntry sparse = new AuditEntry(0, "id-2", "111122223333", "eu-west-1", Instant.EPOCH, "RotateKey",
                "AwsServiceEvent", false, null, null, null, null, null, 0, "{}");

        List<AuditEntry> numbered = journal.append(List.of(full, sparse));
        journal.append(List.of(sparse));
        journal.close();

        assertThat(numbered).containsExactly(full.withSeq(42), sparse.withSeq(43));
        assertThat(AuditJournal.read(onlySegment())).containsExactly(full.withSeq(42), sparse.withSeq(43),
                sparse.withSeq(44));
    }

    @Test
    void a_record_cut_short_by_a_crash_is_ignored() throws IOException {
        AuditJournal journal = AuditJournal.open(dir, false, BIG).resume(0);
        journal.append(List.of(entry("a"), entry("b"), entry("c")));
        journal.close();
        Path segment = onlySegment();
        try (FileChannel file = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            file.truncate(file.size() - 5);
        }

        assertThat(AuditJournal.read(segment)).extracting(AuditEntry::eventId).containsExactly("a", "b");
    }

    @Test
    void a_record_whose_bytes_changed_fails_its_checksum_and_ends_the_segment() throws IOException {
        AuditJournal journal = AuditJournal.open(dir, false, BIG).resume(0);
        journal.append(List.of(entry("a")));
        journal.append(List.of(entry("b"), entry("c")));
        journal.close();
        Path segment = onlySegment();
        byte[] bytes = Files.readAllBytes(segment);
        int lengthOfOne = bytes.length / 3;
        bytes[lengthOfOne + 20] ^= 1;
        Files.write(segment, bytes);

        assertThat(AuditJournal.read(segment)).extracting(AuditEntry::eventId).containsExactly("a");
    }

    @Test
    void reopening_replays_every_record_then_resumes_above_them_in_a_fresh_segment() throws IOException {
        AuditJournal first = AuditJournal.open(dir, false, 1).resume(0);
        first.append(List.of(entry("a")));
        first.append(List.of(entry("b"), entry("c")));
        first.close();

        AuditJournal.Recovery recovery = AuditJournal.open(dir, false, BIG);
        assertThat(recovery.records()).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(recovery.records()).extracting(AuditEntry::eventId).containsExactly("a", "b", "c");
        AuditJournal second = recovery.resume(2);

        assertThat(second.append(List.of(entry("d")))).extracting(AuditEntry::seq).containsExactly(4L);
        second.close();
        assertThat(AuditJournal.read(onlySegment())).extracting(AuditEntry::eventId).containsExactly("d");
    }

    @Test
    void a_segment_is_removed_once_every_record_in_it_is_indexed_and_the_open_one_stays() throws IOException {
        AuditJournal journal = AuditJournal.open(dir, false, 1).resume(0);
        journal.append(List.of(entry("a"), entry("b")));
        journal.append(List.of(entry("c")));
        journal.append(List.of(entry("d")));
        assertThat(segments()).hasSize(4);

        journal.removeThrough(1);
        assertThat(segments()).hasSize(4);
        journal.removeThrough(3);
        assertThat(segments()).hasSize(2);
        journal.removeThrough(4);
        assertThat(segments()).hasSize(1);
        assertThat(AuditJournal.read(segments().get(0))).isEmpty();

        journal.close();
        journal.removeThrough(4);
        assertThat(segments()).isEmpty();
    }

    @Test
    void a_second_instance_cannot_take_a_journal_in_use() {
        AuditJournal journal = AuditJournal.open(dir, false, BIG).resume(0);
        try {
            assertThatThrownBy(() -> AuditJournal.open(dir, false, BIG))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is in use");
        } finally {
            journal.close();
        }
        AuditJournal.open(dir, false, BIG).resume(0).close();
    }

    @Test
    void an_append_after_close_fails_and_writes_nothing() throws IOException {
        AuditJournal journal = AuditJournal.open(dir, false, BIG).resume(0);
        journal.close();

        assertThatThrownBy(() -> journal.append(List.of(entry("late")))).isInstanceOf(IOException.class);
        assertThat(AuditJournal.read(onlySegment())).isEmpty();
    }

    private Path onlySegment() throws IOException {
        List<Path> segments = segments();
        assertThat(segments).hasSize(1);
        return segments.get(0);
    }

    private List<Path> segments() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".journal")).sorted().toList();
        }
    }

    static AuditEntry entry(String id) {
        return new AuditEntry(0, id, "111122223333", "us-east-1", Instant.EPOCH, "Encrypt", "AwsApiCall", true, null,
                null, null, null, null, 0, "{\"eventID\":\"" + id + "\"}");
    }
}
