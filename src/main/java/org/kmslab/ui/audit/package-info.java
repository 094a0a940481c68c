/**
 * The audit pages: {@code /audit}, CloudTrail's event history of the learner's sandbox ("who decrypted what, when"),
 * and {@code /metrics}, CloudWatch-shaped charts of calls, errors and latency, each with a text table.
 */
package org.kmslab.ui.audit;
