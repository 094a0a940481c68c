package org.kmslab.engine.internal.crypto;

import org.kmslab.engine.api.KeySpec;

/**
 * One immutable version of a KMS key's secret material. Promise: the secret never leaves through this type's
 * public surface except as the output of a cryptographic operation; {@code toString()} is redacted.
 */
public sealed interface KeyMaterial permits SymmetricMaterial, AsymmetricMaterial, HmacMaterial {

    /** The key spec this material belongs to. */
    KeySpec spec();
}
