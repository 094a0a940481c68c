package org.kmslab.sandbox;

/**
 * Checked by the store inside the transaction of every save of a sandbox: in cluster mode it throws unless this
 * instance still owns the sandbox (a fencing token), so an instance that lost a sandbox to another can never
 * overwrite the new owner's state, and the call whose save it refused is not acknowledged.
 */
public interface SaveFence {

    /** Lets every save through (one instance: the default). */
    SaveFence NONE = accountId -> { };

    /**
     * @throws IllegalStateException when this instance no longer owns {@code accountId}
     */
    void check(String accountId);
}
