package org.kmslab.engine.api;

import java.util.List;

/**
 * The outcome of authorizing one action, with the trace the UI shows: which statements and grants were looked at
 * and which one decided.
 *
 * @param decision  ALLOW, EXPLICIT_DENY (a Deny statement matched; it always wins) or IMPLICIT_DENY (nothing allowed)
 * @param decidedBy the Sid (or {@code Statement[i]}) or {@code grant <id>} that decided, or null for IMPLICIT_DENY
 * @param trace     one line per statement or grant examined, in order
 */
public record PolicyDecision(Decision decision, String decidedBy, List<String> trace) {

    /** The three IAM outcomes. */
    public enum Decision {
        ALLOW, EXPLICIT_DENY, IMPLICIT_DENY
    }

    public boolean allowed() {
        return decision == Decision.ALLOW;
    }
}
