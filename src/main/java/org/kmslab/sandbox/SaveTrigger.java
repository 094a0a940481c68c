package org.kmslab.sandbox;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;

/**
 * Decides, for one engine, which events mean its state may have changed and must be saved before the call returns.
 * Read-only cryptographic calls (Encrypt, Decrypt, GenerateDataKey...) save nothing, so the hot path stays fast.
 */
final class SaveTrigger {

    private final Set<String> seenKeys = ConcurrentHashMap.newKeySet();

    /**
     * True for every event that is not read-only (failures too: saving an unchanged state is harmless), every
     * KMS-initiated service event, GetParametersForImport (read-only in CloudTrail, yet it keeps the import token and
     * wrapping key the next ImportKeyMaterial needs), and the first successful event naming a key this engine has
     * not named before: a read-only call can create an AWS managed key ({@code alias/aws/s3} used through S3, or described).
     */
    boolean shouldSave(EngineEvent event) {
        boolean save = !event.readOnly()
                || event.eventType() == EventType.AWS_SERVICE_EVENT
                || "GetParametersForImport".equals(event.eventName());
        if (!event.failed() && event.keyArn() != null && seenKeys.add(event.keyArn())) {
            save = true;
        }
        return save;
    }
}
