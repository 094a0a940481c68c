package org.kmslab.engine.api;

/** An enum whose constants have an AWS wire string (the value AWS puts in JSON). */
public interface WireEnum {

    /** The exact AWS string, e.g. {@code SYMMETRIC_DEFAULT} or {@code PendingDeletion}. */
    String wire();
}
