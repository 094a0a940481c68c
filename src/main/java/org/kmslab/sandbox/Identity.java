package org.kmslab.sandbox;

import java.util.Objects;

/** Who signed a request: the sandbox an access key belongs to, and the principal it was issued to. */
public record Identity(Sandbox sandbox, Principal principal) {

    public Identity {
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(principal, "principal");
    }
}
