package org.kmslab.engine;

/** Who started a call: a lesson step, the sandbox console, the AWS wire protocol, a simulated service or KMS itself. */
public enum CallSource {
    LESSON, CONSOLE, WIRE, SERVICE, KMS_INTERNAL
}
