/**
 * Simulated AWS services that call KMS the way the real ones do (S3 with SSE-KMS, EBS volumes, RDS instances), and
 * the console's in-memory workspace of files. Each service keeps its state per sandbox and makes every KMS call
 * through the sandbox's engine as the principal who ran the command, relayed by the service
 * ({@code kms:ViaService} = {@code <service>.<region>.amazonaws.com}, call source {@code SERVICE}), so key policies,
 * grants, AWS managed keys and the audit log behave as they do in AWS.
 */
package org.kmslab.sandbox.services;
