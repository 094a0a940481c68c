-- Flyway callback, PostgreSQL only (added to spring.flyway.locations by the "postgres" profile), run before every
-- migrate. The shared migrations are written for H2 and PostgreSQL alike; V10__quiz.sql uses the SQL-standard type
-- CLOB, which PostgreSQL spells TEXT. A domain gives PostgreSQL that name without changing an applied migration.
DO $$
BEGIN
    CREATE DOMAIN clob AS text;
EXCEPTION
    WHEN duplicate_object THEN NULL;
END
$$;
