package org.kmslab.sandbox.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code sandbox_owner} rows (Flyway {@code V45__cluster.sql}); PostgreSQL SQL. */
@Component
@ConditionalOnProperty(name = "kmslab.cluster.enabled", havingValue = "true")
class OwnerRows {

    /** Whether this instance got the sandbox, and if not, the URL of its live owner (when known). */
    record Outcome(boolean acquired, Optional<String> ownerUrl) {}

    private record Row(String instanceId, long epoch, String url, boolean alive) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    OwnerRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Takes {@code accountId} for {@code me} when it has no owner, is already {@code me}'s, or its owner's lease ran
     * out; then, after the commit, hands the new epoch to {@code acquired} (which loads the state: it must see every
     * save the previous owner committed, and the row lock ordered those before this take-over).
     */
    Outcome tryAcquire(String accountId, String me, Duration lease, LongConsumer acquired) {
        Object[] result = tx.execute(status -> {
            List<Row> rows = jdbc.sql("SELECT o.instance_id, o.epoch, i.internal_url, "
                            + "COALESCE(i.heartbeat_at > now() - (:lease * interval '1 millisecond'), false) "
                            + "FROM sandbox_owner o LEFT JOIN cluster_instance i ON i.instance_id = o.instance_id "
                            + "WHERE o.account_id = :account FOR UPDATE OF o")
                    .param("account", accountId).param("lease", lease.toMillis())
                    .query((rs, n) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBoolean(4)))
                    .list();
            if (rows.isEmpty()) {
                int inserted = jdbc.sql("INSERT INTO sandbox_owner (account_id, instance_id, epoch, acquired_at) "
                                + "VALUES (:account, :me, 1, now()) ON CONFLICT (account_id) DO NOTHING")
                        .param("account", accountId).param("me", me).update();
                return inserted == 1 ? new Object[] {1L, null} : new Object[] {null, null};
            }
            Row row = rows.getFirst();
            if (row.alive() && !row.instanceId().equals(me)) {
                return new Object[] {null, row.url()};
            }
            long epoch = row.epoch() + 1;
            jdbc.sql("UPDATE sandbox_owner SET instance_id = :me, epoch = :epoch, acquired_at = now() "
                            + "WHERE account_id = :account")
                    .param("me", me).param("epoch", epoch).param("account", accountId).update();
            return new Object[] {epoch, null};
        });
        if (result[0] == null) {
            return new Outcome(false, Optional.ofNullable((String) result[1]));
        }
        acquired.accept((Long) result[0]);
        return new Outcome(true, Optional.empty());
    }

    /**
     * True when the row still names {@code me} at {@code epoch}. Runs inside the save's transaction and locks the
     * row for share, so a take-over waits until the save has committed.
     */
    boolean holds(String accountId, String me, long epoch) {
        return jdbc.sql("SELECT 1 FROM sandbox_owner WHERE account_id = :account AND instance_id = :me "
                        + "AND epoch = :epoch FOR SHARE")
                .param("account", accountId).param("me", me).param("epoch", epoch)
                .query(Integer.class).optional().isPresent();
    }

    /** Lets go of {@code accountId}, so another instance can take it at once. */
    void release(String accountId, String me) {
        jdbc.sql("DELETE FROM sandbox_owner WHERE account_id = :account AND instance_id = :me")
                .param("account", accountId).param("me", me).update();
    }
}
