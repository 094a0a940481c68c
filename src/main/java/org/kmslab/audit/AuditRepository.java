package org.kmslab.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_event} table (Flyway {@code V20__audit.sql}); plain SQL that runs on H2 and PostgreSQL. */
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
        jdbcTemplate.execute((ConnectionCallback<Void>) connection -> {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(keepSeq ? INSERT : INSERT_NEXT_SEQ)) {
                for (AuditEntry e : entries) {
                    bind(insert, e);
                    if (keepSeq) {
                        insert.setLong(15, e.seq());
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
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

    /**
     * Has the table's own numbering (the identity, which rows inserted with their own seq do not move) continue above
     * every stored row, so that a later start with the direct store numbers on without a collision.
     */
    void continueSeqAboveStored() {
        jdbcTemplate.execute("ALTER TABLE audit_event ALTER COLUMN seq RESTART WITH " + (maxSeq() + 1));
    }

    /** The highest seq stored, 0 for an empty table. */
    long maxSeq() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM audit_event").query(Long.class).single();
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

    List<AuditEntry> find(AuditQuery q) {
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE account_id = :account AND region = :region"
                        + " AND event_type = 'AwsApiCall' AND event_time >= :from ORDER BY seq")
                .param("account", accountId).param("region", region).param("from", utc(from))
                .query(AuditRepository::row).list();
    }

    /** Distinct non-null values of one indexed column for the filter pickers, sorted. */
    List<String> distinct(String accountId, Column column) {
        return jdbc.sql("SELECT DISTINCT " + column.sql + " FROM audit_event WHERE account_id = :account AND "
                        + column.sql + " IS NOT NULL ORDER BY " + column.sql)
                .param("account", accountId).query(String.class).list();
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
