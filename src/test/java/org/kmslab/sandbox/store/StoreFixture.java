package org.kmslab.sandbox.store;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.kmslab.sandbox.BrowserSandboxes;
import org.kmslab.sandbox.SandboxService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import com.zaxxer.hikari.HikariDataSource;

/**
 * One "run" of the application's persistence without Spring's context: a data source, the Flyway migrations, the
 * store and a sandbox service on top. Opening a second fixture on the same database is a restart.
 */
final class StoreFixture implements AutoCloseable {

    final DataSource dataSource;
    final JdbcSandboxPersistence store;
    final SandboxService sandboxes;

    private StoreFixture(DataSource dataSource, String environmentKey, Path keyFile) {
        this.dataSource = dataSource;
        try {
            String[] locations = vendor(dataSource).equals("postgresql")
                    ? new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"}
                    : new String[] {"classpath:db/migration"};
            Flyway.configure().dataSource(dataSource).locations(locations).load().migrate();
            this.store = new JdbcSandboxPersistence(JdbcClient.create(dataSource),
                    new DataSourceTransactionManager(dataSource), environmentKey, keyFile.toString());
            this.sandboxes = new SandboxService("111122223333", "us-east-1", "local", store);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** An H2 file database in {@code dir} with the root key file {@code dir/root.key}, as the app runs by default. */
    static StoreFixture h2(Path dir) {
        return new StoreFixture(h2DataSource(dir), "", dir.resolve("root.key"));
    }

    static StoreFixture h2(Path dir, String environmentKey) {
        return new StoreFixture(h2DataSource(dir), environmentKey, dir.resolve("root.key"));
    }

    static StoreFixture on(DataSource dataSource, String environmentKey, Path keyFile) {
        return new StoreFixture(dataSource, environmentKey, keyFile);
    }

    /** A pool, as the application has: H2 closes a file database when its last connection closes. */
    static HikariDataSource h2DataSource(Path dir) {
        return pool("jdbc:h2:file:" + dir.resolve("kmslab").toAbsolutePath() + ";WRITE_DELAY=0", "sa", "");
    }

    static HikariDataSource pool(String url, String user, String password) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setMaximumPoolSize(4);
        return pool;
    }

    /** Stops this run: closes the pool, and with it the H2 file database. */
    @Override
    public void close() {
        if (dataSource instanceof HikariDataSource pool) {
            pool.close();
        }
    }

    /** The database's product name in lower case: {@code h2} or {@code postgresql}. */
    private static String vendor(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Which sandbox each browser works in, kept in this run's database. */
    BrowserSandboxes browsers() {
        return new BrowserSandboxes(sandboxes, new JdbcBrowserSandboxStore(jdbc()));
    }
}
