/**
 * The only place secret bytes live: key material, the primitives that use it (AES-256-GCM, RSA-OAEP, RSA and ECDSA
 * signatures, HMAC, import unwrapping) and the wrapping of material for state export. Everything outside this
 * package holds opaque, immutable material objects whose {@code toString()} is redacted. Bulk work goes through the
 * JDK provider; Bouncy Castle is used only where the JDK lacks something (secp256k1, raw-digest RSA-PSS).
 */
package org.kmslab.engine.internal.crypto;
