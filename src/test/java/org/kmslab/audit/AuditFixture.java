package org.kmslab.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
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
 * A fresh in-memory database migrated by Flyway, an engine on a fixed clock with the audit recorder registered,
 * and the account root caller. No Spring context: these tests stay fast.
 */
class AuditFixture {

    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";
    static final Instant START = Instant.parse("2025-05-20T20:46:16.123Z");

    final JdbcClient jdbc;
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
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(ds);
        audit = new AuditService(new AuditRepository(jdbc, new JdbcTemplate(ds)), registry, Clock.fixed(START, ZoneOffset.UTC));
        kms.addListener(audit.recorder());
    }

    String symmetricKey() {
        return kms.createKey(root, CreateKeyRequest.symmetric()).keyMetadata().arn();
    }

    AuditEntry newest() {
        return audit.find(AuditQuery.all(ACCOUNT, REGION, 1)).get(0);
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
