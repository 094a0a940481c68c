package org.kmslab.sandbox.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.kmslab.engine.CallSource;
import org.kmslab.sandbox.KmsGateway;
import org.kmslab.sandbox.Sandbox;
import org.kmslab.sandbox.SandboxService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on the {@code postgres} profile (application-postgres.properties, every migration, the audit
 * log and the sandbox store on PostgreSQL). Runs only where {@code KMSLAB_TEST_POSTGRES_URL} is set.
 */
@SpringBootTest(properties = "spring.flyway.clean-disabled=false")
@ActiveProfiles({"test", "postgres"})
@EnabledIfEnvironmentVariable(named = "KMSLAB_TEST_POSTGRES_URL", matches = ".+")
class PostgresProfileTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("KMSLAB_DB_URL", () -> System.getenv("KMSLAB_TEST_POSTGRES_URL"));
        registry.add("KMSLAB_DB_USER", () -> System.getenv().getOrDefault("KMSLAB_TEST_POSTGRES_USER", "kmslab"));
        registry.add("KMSLAB_DB_PASSWORD",
                () -> System.getenv().getOrDefault("KMSLAB_TEST_POSTGRES_PASSWORD", "kmslab"));
    }

    /** Starts from an empty database: the restart test may have used it before. */
    @TestConfiguration
    static class CleanFirst {
        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }

    @Autowired
    SandboxService sandboxes;

    @Autowired
    KmsGateway gateway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_postgres_profile_keeps_sandboxes_and_audit_events_in_postgresql() {
        assertThat(jdbc.sql("SELECT version()").query(String.class).single()).startsWith("PostgreSQL");
        Sandbox sandbox = sandboxes.defaultSandbox();
        var created = gateway.invoke(sandbox.engine(), sandbox.administrator(CallSource.WIRE), "CreateKey", "{}");
        assertThat(created.ok()).isTrue();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM engine_state WHERE account_id = :a")
                .param("a", sandbox.accountId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE account_id = :a AND event_name = 'CreateKey'")
                .param("a", sandbox.accountId()).query(Long.class).single()).isEqualTo(1);
    }
}
