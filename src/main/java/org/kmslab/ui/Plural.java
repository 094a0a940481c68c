package org.kmslab.ui;

/** Counts in sentences, in the singular for one and the plural otherwise: "1 event", "2 events", "0 calls". */
public final class Plural {

    private Plural() {
    }

    /** {@code n} and the noun, with an "s" added unless {@code n} is 1. */
    public static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }
}
