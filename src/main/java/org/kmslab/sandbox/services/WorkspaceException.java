package org.kmslab.sandbox.services;

/** A workspace file that does not exist, a bad file name, or a write past the workspace's size limit. */
public final class WorkspaceException extends RuntimeException {

    public WorkspaceException(String message) {
        super(message, null, false, false);
    }
}
