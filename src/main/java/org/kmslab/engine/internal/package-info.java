/**
 * The engine's hidden parts: {@code crypto} (the only home of secret bytes), {@code format} (the ciphertext blob and
 * encryption-context encoding), {@code store} (keys, aliases, grants and their persistence), {@code policy}
 * (key policies and grants) and {@code ops} (one class per AWS operation). Nothing outside the engine uses them.
 */
package org.kmslab.engine.internal;
