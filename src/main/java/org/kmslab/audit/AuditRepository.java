package org.kmslab.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit tables; plain SQL that runs on H2 and PostgreSQL. {@code audit_event} (Flyway {@code V20__audit.sql})
 * holds one row per record: the direct store's (PostgreSQL, cluster mode) and what the embedded database's indexer
 * wrote before {@code V22}. {@code audit_chunk} ({@code V22__audit_chunks.sql}) holds the journal indexer's chunks:
 * one row per run of records of one account and Region written together, the records in the journal's format. Every
 * read takes both tables, so whichever store wrote a record, each query sees it once, in seq order.
 */
@Repository
class AuditRepository {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRepository.class);

    private static final String COLUMNS = "seq, event_id, account_id, region, event_time, event_name, event_type, "
            + "read_only, key_arn, principal_arn, username, error_code, quota_class, duration_nanos, event_json";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;

    AuditRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
    }

    private static final String INSERT = "INSERT INTO audit_event (event_id, account_id, region, event_time, "
            + "event_name, event_type, read_only, key_arn, principal_arn, username, error_code, quota_class, "
            + "duration_nanos, event_json, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_NEXT_SEQ = "INSERT INTO audit_event (event_id, account_id, region, event_time, "
            + "event_name, event_type, read_only, key_arn, principal_arn, username, error_code, quota_class, "
            + "duration_nanos, event_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /**
     * Inserts {@code entries} in one transaction; if that fails, one by one, so that one bad record costs only itself
     * (each loss is logged). With {@code keepSeq} each row gets its record's own seq (the journal's), else the
     * table's next.
     */
    void insertSalvaging(List<AuditEntry> entries, boolean keepSeq) {
        try {
            insertAll(entries, keepSeq);
        } catch (RuntimeException e) {
            for (AuditEntry entry : entries) {
                try {
                    insertAll(List.of(entry), keepSeq);
                } catch (RuntimeException lost) {
                    LOG.error("Could not record audit event {} ({})", entry.eventId(), entry.eventName(), lost);
                }
            }
        }
    }

    /** Inserts {@code entries} in one transaction: all of them are durable when this returns, or none is. */
    private void insertAll(List<AuditEntry> entries, boolean keepSeq) {
        batchInTransaction(keepSeq ? INSERT : INSERT_NEXT_SEQ, insert -> {
            for (AuditEntry e : entries) {
                bind(insert, e);
                if (keepSeq) {
                    insert.setLong(15, e.seq());
                }
                insert.addBatch();
            }
        });
    }

    /** One batch of one statement, executed and committed in one transaction, or rolled back as a whole. */
    private void batchInTransaction(String sql, BatchBinder binder) {
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.addAll(statement);
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /** Adds a batch's rows to its statement. */
    @FunctionalInterface
    private interface BatchBinder {
        void addAll(PreparedStatement statement) throws SQLException;
    }

    /**
     * Has the table's own numbering (the identity, which rows inserted with their own seq do not move) continue above
     * every stored row, so that a later start with the direct store numbers on without a collision.
     */
    void continueSeqAboveStored() {
        jdbcTemplate.execute("ALTER TABLE audit_event ALTER COLUMN seq RESTART WITH " + (maxSeq() + 1));
    }

    /** The highest seq stored in either table, 0 when both are empty. */
    long maxSeq() {
        long rows = jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_event").query(Long.class).single();
        long chunks = jdbc.sql("SELECT COALESCE(MAX(last_seq), 0) FROM audit_chunk").query(Long.class).single();
        return Math.max(rows, chunks);
    }

    /**
     * Stores {@code entries} (numbered, in seq order) as chunks, in one transaction: one row per run of at most
     * {@link #CHUNK_BYTES} of one account and Region. If that fails, chunk by chunk, so that one bad chunk costs
     * only its own records (each loss is logged).
     */
    void insertChunks(List<AuditEntry> entries) {
        List<Chunk> chunks = chunks(entries);
        try {
            writeChunks(chunks);
        } catch (RuntimeException e) {
            for (Chunk chunk : chunks) {
                try {
                    writeChunks(List.of(chunk));
                } catch (RuntimeException lost) {
                    for (AuditEntry entry : chunk.entries) {
                        LOG.error("Could not record audit event {} ({})", entry.eventId(), entry.eventName(), lost);
                    }
                }
            }
        }
    }

    /** At most this many bytes of records per chunk row (a chunk of one record may be larger). */
    static final int CHUNK_BYTES = 256 * 1024;

    private static final String INSERT_CHUNK = "INSERT INTO audit_chunk (first_seq, last_seq, account_id, region, "
            + "min_time, max_time, records, data, facets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Records of one account and Region, in seq order. */
    private record Chunk(String accountId, String region, List<AuditEntry> entries) {
    }

    /** {@code entries} split into chunks: by account and Region (order kept within each), then by size. */
    private static List<Chunk> chunks(List<AuditEntry> entries) {
        Map<String, List<AuditEntry>> groups = new LinkedHashMap<>();
        for (AuditEntry e : entries) {
            groups.computeIfAbsent(e.accountId() + "|" + e.region(), k -> new ArrayList<>()).add(e);
        }
        List<Chunk> chunks = new ArrayList<>();
        for (List<AuditEntry> group : groups.values()) {
            int from = 0;
            long bytes = 0;
            for (int i = 0; i < group.size(); i++) {
                long size = 512 + 3L * group.get(i).json().length();
                if (i > from && bytes + size > CHUNK_BYTES) {
                    chunks.add(new Chunk(group.get(0).accountId(), group.get(0).region(), group.subList(from, i)));
                    from = i;
                    bytes = 0;
                }
                bytes += size;
            }
            chunks.add(new Chunk(group.get(0).accountId(), group.get(0).region(), group.subList(from, group.size())));
        }
        return chunks;
    }

    private void writeChunks(List<Chunk> chunks) {
        batchInTransaction(INSERT_CHUNK, insert -> {
            for (Chunk c : chunks) {
                List<AuditEntry> es = c.entries;
                Instant min = es.get(0).eventTime();
                Instant max = min;
                for (AuditEntry e : es) {
                    min = e.eventTime().isBefore(min) ? e.eventTime() : min;
                    max = e.eventTime().isAfter(max) ? e.eventTime() : max;
                }
                insert.setLong(1, es.get(0).seq());
                insert.setLong(2, es.get(es.size() - 1).seq());
                insert.setString(3, c.accountId);
                insert.setString(4, c.region);
                insert.setObject(5, utc(min.truncatedTo(ChronoUnit.SECONDS)));
                insert.setObject(6, utc(max.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1)));
                insert.setInt(7, es.size());
                insert.setBytes(8, AuditJournal.encode(es));
                insert.setBytes(9, Facets.of(es).encode());
                insert.addBatch();
            }
        });
    }

    private static void bind(PreparedStatement insert, AuditEntry e) throws SQLException {
        insert.setString(1, e.eventId());
        insert.setString(2, e.accountId());
        insert.setString(3, e.region());
        insert.setObject(4, utc(e.eventTime()));
        insert.setString(5, e.eventName());
        insert.setString(6, e.eventType());
        insert.setBoolean(7, e.readOnly());
        insert.setString(8, e.keyArn());
        insert.setString(9, e.principalArn());
        insert.setString(10, e.username());
        insert.setString(11, e.errorCode());
        insert.setString(12, e.quotaClass());
        insert.setLong(13, e.durationNanos());
        insert.setString(14, e.json());
    }

    /** Stored events matching {@code q} from both tables, newest first, at most {@code q.limit()}. */
    List<AuditEntry> find(AuditQuery q) {
        List<AuditEntry> rows = findRows(q);
        // The newest q.limit() matches, smallest seq first, so that the head is the one to drop.
        PriorityQueue<AuditEntry> newest = new PriorityQueue<>(Comparator.comparingLong(AuditEntry::seq));
        for (AuditEntry e : rows) {
            keepNewest(newest, e, q.limit());
        }
        StringBuilder sql = new StringBuilder("SELECT first_seq, last_seq, data FROM audit_chunk WHERE account_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(q.accountId());
        if (q.region() != null) {
            sql.append(" AND region = ?");
            params.add(q.region());
        }
        if (q.beforeSeq() != null) {
            sql.append(" AND first_seq < ?");
            params.add(q.beforeSeq());
        }
        if (q.from() != null) {
            sql.append(" AND max_time >= ?");
            params.add(utc(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND min_time <= ?");
            params.add(utc(q.to()));
        }
        sql.append(" AND last_seq < ? ORDER BY last_seq DESC LIMIT ?");
        long cursor = Long.MAX_VALUE;
        for (int pageSize = FIRST_CHUNK_PAGE; ; pageSize = Math.min(pageSize * 2, MAX_CHUNK_PAGE)) {
            List<Object> page = new ArrayList<>(params);
            page.add(cursor);
            page.add(pageSize);
            List<long[]> seqs = new ArrayList<>();
            List<byte[]> data = new ArrayList<>();
            jdbcTemplate.query(sql.toString(), rs -> {
                seqs.add(new long[] {rs.getLong(1), rs.getLong(2)});
                data.add(rs.getBytes(3));
            }, page.toArray());
            for (int i = 0; i < seqs.size(); i++) {
                if (newest.size() >= q.limit() && seqs.get(i)[1] < newest.peek().seq()) {
                    return newestFirst(newest);
                }
                for (AuditEntry e : AuditJournal.decode(data.get(i))) {
                    if (matches(q, e)) {
                        keepNewest(newest, e, q.limit());
                    }
                }
                cursor = seqs.get(i)[1];
            }
            if (seqs.size() < pageSize) {
                return newestFirst(newest);
            }
        }
    }

    /** Chunks read per round trip: few for a page of the newest, more while a selective filter scans back. */
    private static final int FIRST_CHUNK_PAGE = 4;
    private static final int MAX_CHUNK_PAGE = 64;

    private static void keepNewest(PriorityQueue<AuditEntry> newest, AuditEntry e, int limit) {
        newest.add(e);
        if (newest.size() > limit) {
            newest.poll();
        }
    }

    private static List<AuditEntry> newestFirst(PriorityQueue<AuditEntry> newest) {
        List<AuditEntry> out = new ArrayList<>(newest);
        out.sort(Comparator.comparingLong(AuditEntry::seq).reversed());
        return out;
    }

    /** {@link #findRows}'s WHERE clause, in Java, for the records of chunks. */
    static boolean matches(AuditQuery q, AuditEntry e) {
        if (!q.accountId().equals(e.accountId()) || q.region() != null && !q.region().equals(e.region())) {
            return false;
        }
        if (q.keyArn() != null && (e.keyArn() == null || !e.keyArn().equals(q.keyArn())
                && !e.keyArn().endsWith("/" + q.keyArn().replace("%", "")))) {
            return false;
        }
        if (!equalOrUnset(q.eventName(), e.eventName()) || !equalOrUnset(q.principalArn(), e.principalArn())
                || !equalOrUnset(q.username(), e.username()) || !equalOrUnset(q.eventId(), e.eventId())
                || q.readOnly() != null && q.readOnly() != e.readOnly()) {
            return false;
        }
        boolean errorsMatch = switch (q.errors()) {
            case NONE -> e.errorCode() == null;
            case ANY_ERROR -> e.errorCode() != null;
            case CODE -> (q.errorCode() == null ? "" : q.errorCode()).equals(e.errorCode());
            case ANY -> true;
        };
        return errorsMatch && (q.from() == null || !e.eventTime().isBefore(q.from()))
                && (q.to() == null || !e.eventTime().isAfter(q.to()))
                && (q.beforeSeq() == null || e.seq() < q.beforeSeq());
    }

    private static boolean equalOrUnset(String wanted, String value) {
        return wanted == null || wanted.equals(value);
    }

    private List<AuditEntry> findRows(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_event WHERE account_id = :account");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("account", q.accountId());
        where(sql, params, "region = :region", "region", q.region());
        if (q.keyArn() != null) {
            sql.append(" AND (key_arn = :key OR key_arn LIKE :keySuffix)");
            params.put("key", q.keyArn());
            params.put("keySuffix", "%/" + q.keyArn().replace("%", "").replace("_", "\\_"));
        }
        where(sql, params, "event_name = :eventName", "eventName", q.eventName());
        where(sql, params, "principal_arn = :principal", "principal", q.principalArn());
        where(sql, params, "username = :username", "username", q.username());
        where(sql, params, "event_id = :eventId", "eventId", q.eventId());
        where(sql, params, "read_only = :readOnly", "readOnly", q.readOnly());
        switch (q.errors()) {
            case NONE -> sql.append(" AND error_code IS NULL");
            case ANY_ERROR -> sql.append(" AND error_code IS NOT NULL");
            case CODE -> where(sql, params, "error_code = :errorCode", "errorCode",
                    q.errorCode() == null ? "" : q.errorCode());
            case ANY -> { }
        }
        where(sql, params, "event_time >= :from", "from", q.from() == null ? null : utc(q.from()));
        where(sql, params, "event_time <= :to", "to", q.to() == null ? null : utc(q.to()));
        where(sql, params, "seq < :before", "before", q.beforeSeq());
        sql.append(" ORDER BY seq DESC LIMIT :limit");
        params.put("limit", q.limit());
        return jdbc.sql(sql.toString()).params(params).query(AuditRepository::row).list();
    }

    /** API calls of one account and Region since {@code from}, oldest first, for the metrics charts. */
    List<AuditEntry> callsSince(String accountId, String region, Instant from) {
        List<AuditEntry> calls = new ArrayList<>(callRowsSince(accountId, region, from));
        jdbcTemplate.query("SELECT data FROM audit_chunk WHERE account_id = ? AND region = ? AND max_time >= ?", rs -> {
            for (AuditEntry e : AuditJournal.decode(rs.getBytes(1))) {
                if ("AwsApiCall".equals(e.eventType()) && !e.eventTime().isBefore(from)) {
                    calls.add(e);
                }
            }
        }, accountId, region, utc(from));
        calls.sort(Comparator.comparingLong(AuditEntry::seq));
        return calls;
    }

    private List<AuditEntry> callRowsSince(String accountId, String region, Instant from) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE account_id = :account AND region = :region"
                        + " AND event_type = 'AwsApiCall' AND event_time >= :from ORDER BY seq")
                .param("account", accountId).param("region", region).param("from", utc(from))
                .query(AuditRepository::row).list();
    }

    /** Distinct non-null values of one indexed column for the filter pickers, sorted. */
    List<String> distinct(String accountId, Column column) {
        TreeSet<String> values = new TreeSet<>(distinctRows(accountId, column));
        jdbcTemplate.query("SELECT facets FROM audit_chunk WHERE account_id = ?",
                (RowCallbackHandler) rs -> values.addAll(Facets.decode(rs.getBytes(1)).get(column.ordinal())),
                accountId);
        return new ArrayList<>(values);
    }

    private List<String> distinctRows(String accountId, Column column) {
        return jdbc.sql("SELECT DISTINCT " + column.sql + " FROM audit_event WHERE account_id = :account AND "
                        + column.sql + " IS NOT NULL ORDER BY " + column.sql)
                .param("account", accountId).query(String.class).list();
    }

    /** A chunk's distinct non-null values per {@link Column}, in the column order; kept beside its records. */
    private record Facets(List<Set<String>> values) {

        static Facets of(List<AuditEntry> entries) {
            List<Set<String>> values = new ArrayList<>();
            for (int c = 0; c < Column.values().length; c++) {
                values.add(new TreeSet<>());
            }
            for (AuditEntry e : entries) {
                addIfSet(values.get(Column.EVENT_NAME.ordinal()), e.eventName());
                addIfSet(values.get(Column.KEY_ARN.ordinal()), e.keyArn());
                addIfSet(values.get(Column.PRINCIPAL_ARN.ordinal()), e.principalArn());
                addIfSet(values.get(Column.ERROR_CODE.ordinal()), e.errorCode());
            }
            return new Facets(values);
        }

        private static void addIfSet(Set<String> set, String value) {
            if (value != null) {
                set.add(value);
            }
        }

        byte[] encode() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                for (Set<String> column : values) {
                    out.writeInt(column.size());
                    for (String v : column) {
                        byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
                        out.writeInt(utf8.length);
                        out.write(utf8);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }

        static List<Set<String>> decode(byte[] bytes) {
            List<Set<String>> values = new ArrayList<>();
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                for (int c = 0; c < Column.values().length; c++) {
                    Set<String> column = new TreeSet<>();
                    for (int n = in.readInt(); n > 0; n--) {
                        column.add(new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8));
                    }
                    values.add(column);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return values;
        }
    }

    /** Columns the pickers offer; an enum so that no caller can put text into the SQL. */
    enum Column {
        EVENT_NAME("event_name"), KEY_ARN("key_arn"), PRINCIPAL_ARN("principal_arn"), ERROR_CODE("error_code");

        private final String sql;

        Column(String sql) {
            this.sql = sql;
        }
    }

    private static void where(StringBuilder sql, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            sql.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AuditEntry row(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getString("event_id"), rs.getString("account_id"),
                rs.getString("region"), rs.getObject("event_time", OffsetDateTime.class).toInstant(),
                rs.getString("event_name"), rs.getString("event_type"), rs.getBoolean("read_only"),
                rs.getString("key_arn"), rs.getString("principal_arn"), rs.getString("username"),
                rs.getString("error_code"), rs.getString("quota_class"), rs.getLong("duration_nanos"),
                rs.getString("event_json"));
    }
}
