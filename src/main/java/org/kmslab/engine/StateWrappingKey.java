package org.kmslab.engine;

import org.kmslab.engine.internal.crypto.StateKey;

/**
 * The root key under which {@link KmsEngine#exportState(StateWrappingKey)} wraps key material (AES-256-GCM). Keep it
 * apart from the exported state: whoever holds both holds every key. {@code toString()} is redacted.
 */
public final class StateWrappingKey {

    private final StateKey key;

    private StateWrappingKey(StateKey key) {
        this.key = key;
    }

    /** A fresh random 256-bit root key. */
    public static StateWrappingKey generate() {
        return new StateWrappingKey(StateKey.generate());
    }

    /** A root key from its 32 raw bytes (as persisted by the sandbox). */
    public static StateWrappingKey fromBytes(byte[] raw) {
        return new StateWrappingKey(StateKey.of(raw));
    }

    /** The 32 raw bytes, for the sandbox to store in its secret store. */
    public byte[] toBytes() {
        return key.raw();
    }

    StateKey key() {
        return key;
    }

    @Override
    public String toString() {
        return "StateWrappingKey[redacted]";
    }
}
