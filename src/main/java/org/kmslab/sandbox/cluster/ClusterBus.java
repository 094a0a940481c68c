package org.kmslab.sandbox.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Small messages between the instances over PostgreSQL's LISTEN/NOTIFY, on one channel, {@value #CHANNEL}. A message
 * is {@code topic|body}; bodies stay short (ids, never state: NOTIFY carries at most 8000 bytes), and receivers
 * fetch what they need from the tables. A notification sent inside a transaction is delivered when it commits, to
 * every listening instance, the sender included. One dedicated connection listens, and reconnects after a failure;
 * what it may have missed meanwhile, subscribers catch up on by reading their tables (they poll too).
 */
@Component
@ConditionalOnProperty(name = "kmslab.cluster.enabled", havingValue = "true")
public class ClusterBus implements DisposableBean {

    public static final String CHANNEL = "kmslab";
    private static final Logger LOG = LoggerFactory.getLogger(ClusterBus.class);

    private final JdbcClient jdbc;
    private final String url;
    private final String user;
    private final String password;
    private final Map<String, List<Consumer<String>>> subscribers = new ConcurrentHashMap<>();
    private final Thread listener;
    private volatile boolean running = true;

    ClusterBus(JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password) {
        this.jdbc = jdbc;
        this.url = url;
        this.user = user;
        this.password = password;
        this.listener = Thread.ofPlatform().daemon().name("kmslab-cluster-listen").unstarted(this::listen);
        listener.start();
    }

    /** A one-thread scheduler on a daemon thread named {@code name}, for the cluster's timers. */
    public static ScheduledExecutorService timer(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Sends {@code body} to every instance's subscribers of {@code topic} (after the current transaction commits). */
    public void publish(String topic, String body) {
        String payload = topic + "|" + body;
        if (payload.length() > 7000) {
            throw new IllegalArgumentException("A cluster message must stay small; send an id and fetch the rest.");
        }
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", payload)
                .query((rs, n) -> 0).list();
    }

    /** Calls {@code handler} with the body of every message on {@code topic}, on the listening thread. */
    public void subscribe(String topic, Consumer<String> handler) {
        subscribers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Cluster listener lost its connection ({}); reconnecting", e.toString());
                    pause();
                }
            }
        }
    }

    private void dispatch(String payload) {
        int bar = payload.indexOf('|');
        if (bar < 0) {
            return;
        }
        for (Consumer<String> handler : subscribers.getOrDefault(payload.substring(0, bar), List.of())) {
            try {
                handler.accept(payload.substring(bar + 1));
            } catch (RuntimeException e) {
                LOG.warn("A cluster message handler failed: {}", e.toString());
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        running = false;
        listener.interrupt();
    }
}
