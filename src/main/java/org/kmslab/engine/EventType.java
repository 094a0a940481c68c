package org.kmslab.engine;

/** CloudTrail's eventType: a call made to KMS, or something KMS did by itself (rotation, deletion, expiry). */
public enum EventType {
    AWS_API_CALL("AwsApiCall"), AWS_SERVICE_EVENT("AwsServiceEvent");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    /** The CloudTrail string. */
    public String wire() {
        return wire;
    }
}
