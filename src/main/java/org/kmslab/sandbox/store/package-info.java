/**
 * The sandbox store: keeps every sandbox (account, principals, credentials, clock offset), each Region's whole
 * engine state and which sandbox each browser works in (by its token's hash) in the application's database (H2 file
 * by default, PostgreSQL by profile; Flyway {@code V1..V9}), written synchronously before an engine call returns. Key
 * material and secret access keys are stored only wrapped (AES-256-GCM) under a root key that lives outside the
 * database. See {@code docs/adr/0001-persistence.md}.
 */
package org.kmslab.sandbox.store;
