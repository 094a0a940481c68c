package org.kmslab.ui.gallery;

import java.time.Duration;
import org.kmslab.engine.KmsException;
import org.kmslab.engine.api.CancelKeyDeletionRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EnableKeyRotationRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GetKeyRotationStatusRequest;
import org.kmslab.engine.api.GetKeyRotationStatusResult;
import org.kmslab.engine.api.KeyMetadata;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.ui.component.KeyCard;

/**
 * One key taken through its lifecycle with real calls. Each step reports the call's event and the key state before
 * and after it, read back with DescribeKey (null after deletion), for the key card and the state machine.
 */
final class LifecycleDemo {

    static final int WAITING_DAYS = 7;

    /** One step: the call, the states around it, and the metadata and rotation status read afterwards. */
    record Step(GalleryEngine.Outcome outcome, KeyState from, KeyState to, KeyMetadata metadata, KeyCard.Rotation rotation) {
    }

    private final GalleryEngine engine;
    private String keyId;
    private KeyState state;

    LifecycleDemo(GalleryEngine engine) {
        this.engine = engine;
    }

    Step create(boolean external) {
        CreateKeyRequest request = (external ? CreateKeyRequest.external() : CreateKeyRequest.symmetric())
                .withDescription(external ? "gallery key for imported material" : "gallery key");
        state = null;
        return step("CreateKey", () -> keyId = engine.kms().createKey(engine.root(), request).keyMetadata().keyId());
    }

    Step disable() {
        return step("DisableKey", () -> engine.kms().disableKey(engine.root(), DisableKeyRequest.of(key())));
    }

    Step enable() {
        return step("EnableKey", () -> engine.kms().enableKey(engine.root(), EnableKeyRequest.of(key())));
    }

    Step scheduleDeletion() {
        return step("ScheduleKeyDeletion", () -> engine.kms().scheduleKeyDeletion(engine.root(),
                ScheduleKeyDeletionRequest.of(key(), WAITING_DAYS)));
    }

    Step cancelDeletion() {
        return step("CancelKeyDeletion", () -> engine.kms().cancelKeyDeletion(engine.root(),
                CancelKeyDeletionRequest.of(key())));
    }

    Step enableRotation() {
        return step("EnableKeyRotation", () -> engine.kms().enableKeyRotation(engine.root(),
                EnableKeyRotationRequest.of(key())));
    }

    Step tryEncrypt() {
        return step("Encrypt", () -> engine.kms().encrypt(engine.root(), EncryptRequest.of(key(), new byte[] {1, 2, 3})));
    }

    /** Moves the engine clock past the waiting period; KMS deletes the key by itself (a DeleteKey service event). */
    Step fastForward() {
        return step("DeleteKey", () -> {
            engine.kms().clock().advance(Duration.ofDays(WAITING_DAYS + 1));
            engine.kms().runDueTasks();
        });
    }

    boolean hasKey() {
        return keyId != null;
    }

    private String key() {
        if (keyId == null) {
            throw new IllegalStateException("Create a key first.");
        }
        return keyId;
    }

    private Step step(String operation, Runnable call) {
        KeyState from = state;
        GalleryEngine.Outcome outcome = engine.run(operation, call);
        KeyMetadata metadata = describe();
        state = metadata == null ? null : KeyState.fromWire("KeyState", metadata.keyState());
        return new Step(outcome, from, state, metadata, metadata == null ? null : rotation());
    }

    private KeyMetadata describe() {
        try {
            return engine.kms().describeKey(engine.root(), DescribeKeyRequest.of(keyId)).keyMetadata();
        } catch (KmsException e) {
            return null;
        }
    }

    private KeyCard.Rotation rotation() {
        try {
            GetKeyRotationStatusResult r = engine.kms().getKeyRotationStatus(engine.root(),
                    GetKeyRotationStatusRequest.of(keyId));
            return new KeyCard.Rotation(Boolean.TRUE.equals(r.keyRotationEnabled()), r.rotationPeriodInDays(),
                    r.nextRotationDate(), r.onDemandRotationStartDate());
        } catch (KmsException e) {
            return null;
        }
    }
}
