/**
 * Sandboxes: each is one AWS-like account (a 12-digit id) with its regions, each region holding its own KMS engine,
 * plus the principals that call it. The sandbox is the unit of isolation between learners.
 */
package org.kmslab.sandbox;
