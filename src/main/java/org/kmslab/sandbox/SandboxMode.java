package org.kmslab.sandbox;

import java.util.Locale;

/**
 * How the wire protocol treats credentials. {@code LOCAL} (the default, one learner on their own machine): requests
 * signed with credentials nobody issued act as the default sandbox's administrator and signatures are not checked.
 * {@code STRICT} (a shared server): every request must be signed, with verified SigV4, by credentials a sandbox
 * issued.
 */
public enum SandboxMode {
    LOCAL, STRICT;

    /** Parses {@code local} or {@code strict}, ignoring case. */
    public static SandboxMode parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
