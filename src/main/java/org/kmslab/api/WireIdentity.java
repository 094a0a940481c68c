package org.kmslab.api;

import org.kmslab.engine.Caller;
import org.kmslab.sandbox.Sandbox;

/** Who a wire request acts as: the sandbox, the caller the engine sees, and the Region whose engine runs it. */
record WireIdentity(Sandbox sandbox, Caller caller, String region) {
}
