package org.kmslab.engine.internal.ops;

import org.kmslab.engine.Caller;
import org.kmslab.engine.api.Operation;

/** One running call: who, which operation, and what the event should name (key ARN, material version). */
public final class Call {

    private final Caller caller;
    private final Operation operation;
    private final String requestId;
    private String keyArn;
    private String keyMaterialId;

    public Call(Caller caller, Operation operation, String requestId) {
        this.caller = caller;
        this.operation = operation;
        this.requestId = requestId;
    }

    public Caller caller() {
        return caller;
    }

    public Operation operation() {
        return operation;
    }

    public String requestId() {
        return requestId;
    }

    public String keyArn() {
        return keyArn;
    }

    public void keyArn(String arn) {
        this.keyArn = arn;
    }

    public String keyMaterialId() {
        return keyMaterialId;
    }

    public void keyMaterialId(String id) {
        this.keyMaterialId = id;
    }
}
