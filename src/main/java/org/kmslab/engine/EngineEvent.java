package org.kmslab.engine;

import java.time.Instant;
import java.util.Map;

/**
 * The one immutable record of a call (or of something KMS did by itself), shaped after a CloudTrail event.
 * Promise: {@code requestParameters} and {@code responseElements} never contain plaintext, ciphertext, key
 * material, private keys, MACs, signatures, grant tokens or import tokens; crypto operations have null
 * {@code responseElements}, as in CloudTrail.
 *
 * @param keyArn        the key the call acted on, or null
 * @param errorCode     the AWS exception name on failure, else null
 * @param keyMaterialId the material version used, or null
 * @param durationNanos time spent inside the engine
 */
public record EngineEvent(String eventId, String requestId, Instant eventTime, String eventName, EventType eventType,
        Caller caller, String accountId, String region, String keyArn, Map<String, Object> requestParameters,
        Map<String, Object> responseElements, String errorCode, String errorMessage, String keyMaterialId,
        boolean readOnly, long durationNanos) {

    /** True when the call failed. */
    public boolean failed() {
        return errorCode != null;
    }
}
