/**
 * Durability tests that run KMS Lab in a child JVM on an H2 file database: acknowledged calls survive SIGKILL under
 * concurrent load, and nothing secret is ever written in clear to the data folder or the logs.
 */
package org.kmslab.durability;
