/**
 * Audit and monitoring, fed by engine events: every {@link org.kmslab.engine.EngineEvent} becomes a CloudTrail-shaped
 * record (stored durably, per account and Region, searchable like CloudTrail's event history and LookupEvents) and
 * CloudWatch-shaped metrics (call counts per AWS quota class, errors, latency, seconds until imported key material
 * expires). The one entry point is {@link org.kmslab.audit.AuditService#recorder()}, which whoever owns an engine
 * registers with {@code KmsEngine.addListener}.
 */
package org.kmslab.audit;
