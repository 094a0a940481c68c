package org.kmslab.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.EngineClock;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh in-memory database migrated by Flyway, the audit journal in a fresh folder (the product's store on the
 * embedded database), an engine on a fixed clock with the audit recorder registered, and the account root caller. No
 * Spring context: these tests stay fast. Close it after each test.
 */
class AuditFixture implements AutoCloseable {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";
    static final Instant START = Instant.parse("2025-05-20T20:46:16.123Z");

    final JdbcClient jdbc;
    final Path journalDir;
    final JournaledAuditStore store;
    final MeterRegistry registry;
    final AuditService audit;
    final EngineClock clock = EngineClock.fixed(START);
    final KmsEngine kms = new KmsEngine(ACCOUNT, REGION, clock);
    final Caller root = Caller.root(ACCOUNT, CallSource.LESSON);

    AuditFixture() {
        this(new SimpleMeterRegistry());
    }

    AuditFixture(MeterRegistry registry) {
        this.registry = registry;
        JdbcDataSource ds = database();
        jdbc = JdbcClient.create(ds);
        AuditRepository repository = new AuditRepository(jdbc, new JdbcTemplate(ds));
        try {
            journalDir = Files.createTempDirectory("audit-journal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = JournaledAuditStore.open(journalDir, false, repository);
        audit = new AuditService(repository, store, registry, Clock.fixed(START, ZoneOffset.UTC));
        kms.addListener(audit.recorder());
    }

    /** A fresh in-memory database with every migration applied. */
    static JdbcDataSource database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    String symmetricKey() {
        return kms.createKey(root, CreateKeyRequest.symmetric()).keyMetadata().arn();
    }

    AuditEntry newest() {
        return audit.find(AuditQuery.all(ACCOUNT, REGION, 1)).get(0);
    }

    /**
     * One string per stored record, once the indexer has caught up: what a scan for secrets reads. For a row of
     * {@code audit_event}, every column; for a record of an {@code audit_chunk}, its decoded fields and the raw bytes
     * (as ISO-8859-1 text) of every column of the chunk it is stored in.
     */
    List<String> allColumnsOfAllRows() {
        store.awaitReadable();
        List<String> rows = new ArrayList<>();
        jdbc.sql("SELECT * FROM audit_event").query(rs -> {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                row.append(rs.getString(c)).append('|');
            }
            rows.add(row.toString());
        });
        jdbc.sql("SELECT * FROM audit_chunk").query(rs -> {
            StringBuilder chunk = new StringBuilder();
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                int type = rs.getMetaData().getColumnType(c);
                boolean binary = type == Types.VARBINARY || type == Types.BINARY || type == Types.LONGVARBINARY
                        || type == Types.BLOB;
                chunk.append(binary ? new String(rs.getBytes(c), StandardCharsets.ISO_8859_1) : rs.getString(c))
                        .append('|');
            }
            for (AuditEntry e : AuditJournal.decode(rs.getBytes("data"))) {
                rows.add(e + "|" + chunk);
            }
        });
        return rows;
    }

    /** Every byte of the journal's segments, as ISO-8859-1 text: what a scan for secrets reads. */
    String journalBytes() {
        try (Stream<Path> files = Files.list(journalDir)) {
            StringBuilder all = new StringBuilder();
            for (Path file : files.sorted().toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        store.close();
        try (Stream<Path> files = Files.list(journalDir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
            Files.delete(journalDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A hand-made engine event, for shapes the engine of this branch cannot produce yet. */
    static EngineEvent event(String name, EventType type, Caller caller, String keyArn, Map<String, Object> params,
            Map<String, Object> response, String errorCode, String keyMaterialId) {
        return new EngineEvent(UUID.randomUUID().toString(), UUID.randomUUID().toString(), START, name, type, caller,
                ACCOUNT, REGION, keyArn, params, response, errorCode, errorCode == null ? null : "It failed.",
                keyMaterialId, false, 1_000_000L);
    }

    static String arn(String keyId) {
        return "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + keyId;
    }
}
