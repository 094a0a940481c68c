/**
 * The engine's in-memory state: keys with every material version, aliases and grants. These types are not
 * thread-safe on their own; the engine guards every access with its single lock, which is what keeps state from
 * tearing while crypto operations, rotation and disabling race.
 */
package org.kmslab.engine.internal.store;
