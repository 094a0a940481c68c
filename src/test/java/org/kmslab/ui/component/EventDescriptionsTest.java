package org.kmslab.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kmslab.engine.Caller;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;

/** The sentences screen readers hear for the multi-Region calls, which cross Regions. */
class EventDescriptionsTest {

    private static final String KEY = "mrk-0123456789abcdef0123456789abcdef";

    private static EngineEvent event(String name, EventType type, String region, Map<String, Object> request,
            Map<String, Object> response) {
        return new EngineEvent("e", "r", Instant.EPOCH, name, type, Caller.root("111122223333", CallSource.CONSOLE),
                "111122223333", region, "arn:aws:kms:" + region + ":111122223333:key/" + KEY, request, response,
                null, null, null, false, 0L);
    }

    @Test
    void multi_region_events_say_which_region_they_reach() {
        assertThat(EventDescriptions.describe(event("ReplicateKey", EventType.AWS_API_CALL, "us-east-1",
                Map.of("replicaRegion", "eu-west-1"), null))).isEqualTo("ReplicateKey asked KMS to copy key " + KEY
                        + " to eu-west-1.");
        assertThat(EventDescriptions.describe(event("CreateKey", EventType.AWS_SERVICE_EVENT, "eu-west-1", null,
                null))).startsWith("KMS created the replica key " + KEY + " in eu-west-1");
        assertThat(EventDescriptions.describe(event("ScheduleKeyDeletion", EventType.AWS_API_CALL, "eu-west-1",
                Map.of(), Map.of("keyState", "PendingReplicaDeletion")))).endsWith("in PendingReplicaDeletion.");
    }
}
