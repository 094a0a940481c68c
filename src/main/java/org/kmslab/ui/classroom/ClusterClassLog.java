package org.kmslab.ui.classroom;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.kmslab.sandbox.cluster.ClusterBus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The live class's shared log in cluster mode ({@code class_log}, Flyway {@code V45__cluster.sql}). Writers take a
 * transaction-scoped advisory lock, so entries commit in the order of their numbers and no reader ever skips one;
 * the NOTIFY sent in the same transaction (only the number) tells the other instances to read on.
 */
@Component
@ConditionalOnProperty(name = "kmslab.cluster.enabled", havingValue = "true")
@DependsOnDatabaseInitialization
class ClusterClassLog {

    private static final String TOPIC = "class";
    private static final long LOCK = 0x6b6d_736c_6162_17L;

    record Row(long seq, String entry) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ClusterBus bus;
    private final ScheduledExecutorService poll = ClusterBus.timer("kmslab-class-log");

    ClusterClassLog(JdbcClient jdbc, PlatformTransactionManager transactions, ClusterBus bus) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.bus = bus;
    }

    /** Appends one entry and returns its number. */
    long append(String entry) {
        return tx.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOCK).query((rs, n) -> 0).list();
            long seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM class_log").query(Long.class).single();
            jdbc.sql("INSERT INTO class_log (seq, entry, created_at) VALUES (:seq, :entry, :now)")
                    .param("seq", seq).param("entry", entry).param("now", Instant.now().atOffset(ZoneOffset.UTC))
                    .update();
            bus.publish(TOPIC, Long.toString(seq));
            return seq;
        });
    }

    /** The entries after {@code seq}, in order. */
    List<Row> after(long seq) {
        return jdbc.sql("SELECT seq, entry FROM class_log WHERE seq > :seq ORDER BY seq").param("seq", seq)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2))).list();
    }

    /** The number of the entry that started the latest class (1 when there is none): replay starts there. */
    long lastStart() {
        return jdbc.sql("SELECT COALESCE(MAX(seq), 1) FROM class_log WHERE entry LIKE '%\"type\":\"start\"%'")
                .query(Long.class).single();
    }

    /** Runs {@code catchUp} on every NOTIFY of the log, and every two seconds in case one was missed. */
    void onChange(Runnable catchUp) {
        bus.subscribe(TOPIC, seq -> catchUp.run());
        poll.scheduleWithFixedDelay(() -> {
            try {
                catchUp.run();
            } catch (RuntimeException ignored) {
                // The database is away for a moment; the next round catches up.
            }
        }, 2, 2, TimeUnit.SECONDS);
    }
}
