package org.kmslab.sandbox;

/**
 * Tells the caller of an engine call that the change it made could not be saved. Engine listeners cannot fail a call
 * (the engine ignores their exceptions), so the sandbox's save listener records the failure here, on the calling
 * thread, and {@link KmsGateway} answers {@code KMSInternalException} instead of success: a call is acknowledged
 * only once it is durable.
 */
final class SaveFailures {

    private static final ThreadLocal<Boolean> FAILED = new ThreadLocal<>();

    private SaveFailures() {
    }

    static void record() {
        FAILED.set(Boolean.TRUE);
    }

    /** Forgets any earlier failure on this thread, before a call. */
    static void clear() {
        FAILED.remove();
    }

    /** True (once) when a save failed on this thread since {@link #clear()}. */
    static boolean take() {
        boolean failed = FAILED.get() != null;
        FAILED.remove();
        return failed;
    }
}
