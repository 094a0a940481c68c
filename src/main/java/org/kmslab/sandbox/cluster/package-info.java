/**
 * Cluster mode: several KMS Lab instances on one PostgreSQL behind a load balancer. Each instance announces itself
 * with a heartbeat ({@link org.kmslab.sandbox.cluster.ClusterMembership}); each sandbox's engines have one owner at a
 * time, held by a row with a fencing epoch that every save checks ({@link org.kmslab.sandbox.cluster.SandboxOwnership});
 * and PostgreSQL's LISTEN/NOTIFY carries small messages between instances ({@link org.kmslab.sandbox.cluster.ClusterBus}).
 * Off unless {@code kmslab.cluster.enabled=true} on the {@code postgres} profile.
 */
package org.kmslab.sandbox.cluster;
