package org.kmslab.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log's durable write: an append-only file of audit records in a folder of its own, the truth from which
 * the {@code audit_chunk} index is filled ({@link JournaledAuditStore}), which keeps the records in this same format.
 *
 * <p>Layout. The folder holds segments named {@code <seq of their first record, 20 digits>.journal} and a
 * {@code lock} file that one process at a time holds. A segment is a sequence of records, each {@code int length},
 * {@code int CRC32C} of the body, then the body of {@code length} bytes: {@code long seq}, the columns of an
 * {@link AuditEntry} in declaration order (strings as {@code int} byte count, -1 for null, then UTF-8; the event time
 * as {@code long} epoch second and {@code int} nanosecond; {@code readOnly} as one byte), the last being the CloudTrail
 * record: the same scrubbed JSON the table holds, so no key material can enter the journal.
 *
 * <p>Contract: {@link #append} gives its records consecutive sequence numbers above every one in the journal or the
 * table, and returns only after the whole batch went to the operating system in one write (and, with {@code fsync},
 * to the device): an appended record survives the process being killed (and, with {@code fsync}, the machine losing
 * power). {@link #read} returns every whole record; a record whose write a crash cut short fails its length or CRC
 * check and is ignored with everything after it in that segment (it was never acknowledged). Its methods hold its
 * monitor: appends come from the group commit's leader, removals from the indexer, the close from shutdown.
 */
final class AuditJournal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditJournal.class);
    private static final String SUFFIX = ".journal";
    private static final int HEADER = 8;

    private final Path dir;
    private final boolean fsync;
    private final long segmentBytes;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** Segments that take no more records, oldest first, each with the seq of its last record. */
    private final Deque<Segment> full = new ArrayDeque<>();
    private Segment current;
    private FileChannel channel;
    private long size;
    private long nextSeq;
    private ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);

    private record Segment(Path path, long lastSeq) {
    }

    private AuditJournal(Path dir, boolean fsync, long segmentBytes, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.fsync = fsync;
        this.segmentBytes = segmentBytes;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes the journal folder for this process (creating it) and returns what {@link Recovery#records()} holds: every
     * whole record of its segments, in seq order. Call {@link Recovery#resume} once the records are indexed.
     */
    static Recovery open(Path dir, boolean fsync, long segmentBytes) {
        try {
            Files.createDirectories(dir);
            FileChannel lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                throw new IllegalStateException("The audit journal " + dir.toAbsolutePath() + " is in use by another "
                        + "KMS Lab: each instance needs a data folder of its own");
            }
            AuditJournal journal = new AuditJournal(dir, fsync, segmentBytes, lockChannel, lock);
            List<Path> segments = segments(dir);
            List<AuditEntry> records = new ArrayList<>();
            for (Path segment : segments) {
                records.addAll(read(segment));
            }
            return journal.new Recovery(segments, records);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not open the audit journal " + dir.toAbsolutePath(), e);
        }
    }

    /** What a previous run left in the journal, and how to start appending after it. */
    final class Recovery {
        private final List<Path> segments;
        private final List<AuditEntry> records;

        private Recovery(List<Path> segments, List<AuditEntry> records) {
            this.segments = segments;
            this.records = records;
        }

        List<AuditEntry> records() {
            return records;
        }

        /**
         * Removes the old segments (every record in them must be indexed by now) and starts a new one, numbering
         * records from above both {@code indexedSeq} and the last recovered record.
         */
        AuditJournal resume(long indexedSeq) {
            long last = records.isEmpty() ? 0 : records.get(records.size() - 1).seq();
            try {
                for (Path segment : segments) {
                    Files.delete(segment);
                }
                nextSeq = Math.max(indexedSeq, last) + 1;
                startSegment();
                return AuditJournal.this;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not resume the audit journal " + dir.toAbsolutePath(), e);
            }
        }
    }

    /**
     * Numbers {@code batch} and writes it with one write; returns the numbered records once the write returned (and,
     * with fsync, reached the device). On failure no record of the batch counts as written, and the next batch goes
     * to a new segment, so that a half-written batch can only ever be the end of a segment.
     */
    synchronized List<AuditEntry> append(List<AuditEntry> batch) throws IOException {
        if (current == null) {
            throw new IOException("The audit journal " + dir.toAbsolutePath() + " is closed");
        }
        List<AuditEntry> numbered = new ArrayList<>(batch.size());
        buffer.clear();
        for (AuditEntry e : batch) {
            AuditEntry entry = e.withSeq(nextSeq++);
            buffer = encode(buffer, entry);
            numbered.add(entry);
        }
        buffer.flip();
        int bytes = buffer.remaining();
        try {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (fsync) {
                channel.force(false);
            }
        } catch (IOException e) {
            channel.close();
            startSegment();
            throw e;
        }
        size += bytes;
        if (size >= segmentBytes) {
            channel.close();
            startSegment();
        }
        return numbered;
    }

    /** Deletes every segment that takes no more records and whose records all have a seq up to {@code seq}. */
    synchronized void removeThrough(long seq) {
        while (!full.isEmpty() && full.peekFirst().lastSeq() <= seq) {
            Path path = full.pollFirst().path();
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                LOG.warn("Could not remove the indexed audit journal segment {}", path, e);
            }
        }
    }

    /** Stops appending (the current segment joins the full ones) and lets the folder go. */
    @Override
    public synchronized void close() {
        try {
            if (current != null) {
                channel.close();
                full.addLast(new Segment(current.path(), nextSeq - 1));
                current = null;
            }
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.warn("Could not close the audit journal {}", dir, e);
        }
    }

    private synchronized void startSegment() throws IOException {
        if (current != null) {
            full.addLast(new Segment(current.path(), nextSeq - 1));
        }
        Path path = dir.resolve("%020d%s".formatted(nextSeq, SUFFIX));
        channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        current = new Segment(path, -1);
        size = 0;
    }

    private static List<Path> segments(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /** Every whole record of one segment, in order; a torn or corrupt record ends the segment. */
    static List<AuditEntry> read(Path segment) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(segment));
        List<AuditEntry> records = records(in);
        if (in.hasRemaining()) {
            LOG.warn("Ignoring the last {} bytes of audit journal segment {}: a record cut short by a crash (it was "
                    + "never acknowledged)", in.remaining(), segment);
        }
        return records;
    }

    /**
     * The records of {@code batch} in the journal's record format (length, CRC, body), one after the other: what the
     * index keeps per chunk of records ({@link AuditRepository}), read back by {@link #decode(byte[])}.
     */
    static byte[] encode(List<AuditEntry> batch) {
        ByteBuffer out = ByteBuffer.allocate(batch.size() * 1536);
        for (AuditEntry e : batch) {
            out = encode(out, e);
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    /** Every record of bytes written by {@link #encode(List)}; bytes that do not read back whole are an error. */
    static List<AuditEntry> decode(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        List<AuditEntry> records = records(in);
        if (in.hasRemaining()) {
            throw new IllegalStateException("An audit index chunk does not read back whole: " + in.remaining()
                    + " bytes left over");
        }
        return records;
    }

    /** The whole records from {@code in}'s position on; stops at (and leaves the position on) a torn or bad one. */
    private static List<AuditEntry> records(ByteBuffer in) {
        List<AuditEntry> records = new ArrayList<>();
        CRC32C crc = new CRC32C();
        while (in.remaining() >= HEADER) {
            int start = in.position();
            int length = in.getInt();
            int checksum = in.getInt();
            if (length <= 0 || length > in.remaining()) {
                in.position(start);
                break;
            }
            crc.reset();
            crc.update(in.array(), in.arrayOffset() + in.position(), length);
            if ((int) crc.getValue() != checksum) {
                in.position(start);
                break;
            }
            ByteBuffer body = in.slice(in.position(), length);
            in.position(in.position() + length);
            records.add(decode(body));
        }
        return records;
    }

    /** Appends one record to {@code buffer}, returning the buffer it is in (a larger one when it did not fit). */
    private static ByteBuffer encode(ByteBuffer buffer, AuditEntry e) {
        byte[][] strings = {utf8(e.eventId()), utf8(e.accountId()), utf8(e.region()), utf8(e.eventName()),
                utf8(e.eventType()), utf8(e.keyArn()), utf8(e.principalArn()), utf8(e.username()),
                utf8(e.errorCode()), utf8(e.quotaClass()), utf8(e.json())};
        int length = 8 + 8 + 4 + 1 + 8 + 4 * strings.length;
        for (byte[] s : strings) {
            length += s == null ? 0 : s.length;
        }
        buffer = ensure(buffer, HEADER + length);
        int start = buffer.position();
        buffer.putInt(length).putInt(0).putLong(e.seq());
        put(buffer, strings[0]);
        put(buffer, strings[1]);
        put(buffer, strings[2]);
        buffer.putLong(e.eventTime().getEpochSecond()).putInt(e.eventTime().getNano());
        put(buffer, strings[3]);
        put(buffer, strings[4]);
        buffer.put((byte) (e.readOnly() ? 1 : 0));
        put(buffer, strings[5]);
        put(buffer, strings[6]);
        put(buffer, strings[7]);
        put(buffer, strings[8]);
        put(buffer, strings[9]);
        buffer.putLong(e.durationNanos());
        put(buffer, strings[10]);
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), start + HEADER, length);
        buffer.putInt(start + 4, (int) crc.getValue());
        return buffer;
    }

    private static AuditEntry decode(ByteBuffer in) {
        long seq = in.getLong();
        String eventId = string(in);
        String accountId = string(in);
        String region = string(in);
        Instant eventTime = Instant.ofEpochSecond(in.getLong(), in.getInt());
        String eventName = string(in);
        String eventType = string(in);
        boolean readOnly = in.get() == 1;
        return new AuditEntry(seq, eventId, accountId, region, eventTime, eventName, eventType, readOnly, string(in),
                string(in), string(in), string(in), string(in), in.getLong(), string(in));
    }

    private static ByteBuffer ensure(ByteBuffer buffer, int more) {
        if (buffer.remaining() >= more) {
            return buffer;
        }
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }

    private static void put(ByteBuffer buffer, byte[] s) {
        if (s == null) {
            buffer.putInt(-1);
        } else {
            buffer.putInt(s.length).put(s);
        }
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static String string(ByteBuffer in) {
        int length = in.getInt();
        if (length < 0) {
            return null;
        }
        String s = new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return s;
    }
}
