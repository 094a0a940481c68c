/**
 * One class per AWS operation (or small family), each in four phases: validate the request, resolve a usable key
 * through {@link org.kmslab.engine.internal.ops.KeyResolver} (one shared check of state and usage driven by
 * {@link org.kmslab.engine.api.KeyStateTable}), operate, and build the result. Runs under the engine lock.
 */
package org.kmslab.engine.internal.ops;
