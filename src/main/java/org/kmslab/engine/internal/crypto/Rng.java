package org.kmslab.engine.internal.crypto;

import java.security.SecureRandom;

/** The engine's single source of randomness: key material, IVs, ids and tokens all come from here. */
public final class Rng {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Rng() {
    }

    /** {@code n} fresh random bytes. */
    public static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static SecureRandom secureRandom() {
        return RANDOM;
    }
}
