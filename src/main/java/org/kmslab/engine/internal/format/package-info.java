/**
 * Byte formats the engine defines: the versioned symmetric ciphertext blob (documented in
 * {@code docs/ciphertext-format.md}) and the canonical, length-prefixed encoding of an encryption context that is
 * bound into every blob as AAD. Nothing here holds secrets; parsing never decrypts.
 */
package org.kmslab.engine.internal.format;
