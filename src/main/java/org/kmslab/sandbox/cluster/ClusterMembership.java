package org.kmslab.sandbox.cluster;

import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This instance's place in the cluster: its id, the URL the other instances forward wire calls to, and a heartbeat
 * row in {@code cluster_instance} renewed every fifth of the lease. Liveness is judged on the database's clock
 * ({@code now()}), so the instances' clocks need not agree. An instance trusts its own ownerships only while its
 * last heartbeat began less than half a lease ago: another instance may take them over only once a whole lease has
 * passed without one.
 */
@Component
@ConditionalOnProperty(name = "kmslab.cluster.enabled", havingValue = "true")
@DependsOnDatabaseInitialization
public class ClusterMembership implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterMembership.class);

    private final JdbcClient jdbc;
    private final String instanceId;
    private final String internalUrl;
    private final Duration lease;
    private final ScheduledExecutorService beat = ClusterBus.timer("kmslab-cluster-heartbeat");
    private volatile long lastBeatStarted;

    ClusterMembership(JdbcClient jdbc, @Value("${kmslab.cluster.instance-id:}") String instanceId,
            @Value("${kmslab.cluster.internal-url:}") String internalUrl,
            @Value("${server.port:8080}") int port,
            @Value("${kmslab.cluster.lease:6s}") Duration lease,
            @Value("${spring.datasource.url:}") String databaseUrl) {
        if (!databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("kmslab.cluster.enabled=true needs PostgreSQL (the postgres profile): "
                    + "the instances share its tables and its LISTEN/NOTIFY.");
        }
        this.jdbc = jdbc;
        this.instanceId = instanceId.isBlank()
                ? "i-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(0, 10)
                : instanceId;
        this.internalUrl = internalUrl.isBlank() ? "http://127.0.0.1:" + port : internalUrl;
        this.lease = lease;
        heartbeat();
        long every = Math.max(100, lease.toMillis() / 5);
        beat.scheduleWithFixedDelay(this::heartbeatQuietly, every, every, TimeUnit.MILLISECONDS);
        LOG.info("Cluster instance {} at {} (lease {})", this.instanceId, this.internalUrl, lease);
    }

    public String instanceId() {
        return instanceId;
    }

    public Duration lease() {
        return lease;
    }

    /** True while this instance may act on the sandboxes it owns (its heartbeat is recent enough). */
    public boolean trusted() {
        return System.nanoTime() - lastBeatStarted < lease.toNanos() / 2;
    }

    private void heartbeat() {
        long started = System.nanoTime();
        jdbc.sql("INSERT INTO cluster_instance (instance_id, internal_url, started_at, heartbeat_at) "
                        + "VALUES (:id, :url, now(), now()) "
                        + "ON CONFLICT (instance_id) DO UPDATE SET heartbeat_at = now(), internal_url = :url")
                .param("id", instanceId).param("url", internalUrl).update();
        lastBeatStarted = started;
    }

    private void heartbeatQuietly() {
        try {
            heartbeat();
        } catch (RuntimeException e) {
            LOG.warn("Cluster heartbeat failed: {}", e.toString());
        }
    }

    /** A clean stop leaves at once, so the others take its sandboxes over without waiting for the lease. */
    @Override
    public void destroy() {
        beat.shutdownNow();
        try {
            jdbc.sql("DELETE FROM sandbox_owner WHERE instance_id = :id").param("id", instanceId).update();
            jdbc.sql("DELETE FROM cluster_instance WHERE instance_id = :id").param("id", instanceId).update();
        } catch (RuntimeException e) {
            LOG.warn("Could not leave the cluster cleanly: {}", e.toString());
        }
    }
}
