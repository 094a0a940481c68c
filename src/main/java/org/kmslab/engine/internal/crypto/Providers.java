package org.kmslab.engine.internal.crypto;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * A private Bouncy Castle instance, used by name only where the JDK lacks an algorithm (secp256k1 was removed from
 * SunEC in JDK 16). It is never registered globally, so it cannot change which provider other code gets.
 */
final class Providers {

    static final Provider BC = new BouncyCastleProvider();

    private Providers() {
    }
}
