/** Cluster mode on real processes: PostgreSQL, HAProxy and three KMS Lab JVMs on loopback. */
package org.kmslab.sandbox.cluster;
