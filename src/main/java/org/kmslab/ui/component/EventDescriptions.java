package org.kmslab.ui.component;

import org.kmslab.engine.EngineEvent;
import org.kmslab.engine.EventType;

/** Plain-language sentences for engine events: the text alternative of every animation. */
public final class EventDescriptions {

    private EventDescriptions() {}

    public static String describe(EngineEvent e) {
        String key = e.keyArn() == null ? "" : " with key " + shortKey(e.keyArn());
        if (e.errorCode() != null) {
            String message = e.errorMessage() == null || e.errorMessage().isBlank() ? "" : ": " + e.errorMessage();
            return e.eventName() + " was refused" + key + " (" + e.errorCode() + message + ").";
        }
        boolean byKms = e.eventType() == EventType.AWS_SERVICE_EVENT;
        if (byKms && e.eventName().equals("CreateKey")) {
            return "KMS created the replica key " + shortKey(e.keyArn()) + " in " + e.region()
                    + ", with the primary's key material.";
        }
        return switch (e.eventName()) {
            case "ReplicateKey" -> "ReplicateKey asked KMS to copy" + key.replace(" with key", " key") + " to "
                    + param(e, "replicaRegion") + ".";
            case "UpdatePrimaryRegion" -> byKms ? "KMS made" + key.replace(" with key", " key") + " in " + e.region()
                    + " the primary key." : "UpdatePrimaryRegion made " + param(e, "primaryRegion")
                    + " the primary Region of" + key.replace(" with key", " key") + ".";
            case "SynchronizeMultiRegionKey" -> "KMS synchronized the shared properties of" + key.replace(" with key",
                    " key") + " in " + e.region() + ".";
            case "CreateKey" -> "CreateKey made a new KMS key" + key.replace(" with key", "") + ".";
            case "Encrypt" -> "Encrypt turned plaintext into ciphertext" + key + ".";
            case "Decrypt" -> "Decrypt turned ciphertext back into plaintext" + key + ".";
            case "DescribeKey" -> "DescribeKey read the metadata" + key.replace(" with key", " of key") + ".";
            case "GenerateDataKey" -> "GenerateDataKey returned a plaintext data key and an encrypted copy of it" + key + ".";
            case "GenerateDataKeyWithoutPlaintext" ->
                    "GenerateDataKeyWithoutPlaintext returned only an encrypted data key" + key + ".";
            case "GenerateDataKeyPair" -> "GenerateDataKeyPair returned a key pair with the private key encrypted" + key + ".";
            case "ReEncrypt" -> "ReEncrypt decrypted and encrypted again inside KMS" + key + ".";
            case "EnableKey" -> "EnableKey enabled" + key.replace(" with key", " key") + ".";
            case "DisableKey" -> "DisableKey disabled" + key.replace(" with key", " key") + ".";
            case "ScheduleKeyDeletion" -> "ScheduleKeyDeletion put" + key.replace(" with key", " key")
                    + " in " + (e.responseElements() != null && e.responseElements().get("keyState") != null
                            ? e.responseElements().get("keyState") : "PendingDeletion") + ".";
            case "CancelKeyDeletion" -> "CancelKeyDeletion stopped the deletion of" + key.replace(" with key", " key")
                    + "; it is now Disabled.";
            case "DeleteKey" -> "The waiting period ended: KMS deleted" + key.replace(" with key", " key") + " for good.";
            case "ImportKeyMaterial" -> "ImportKeyMaterial loaded key material into" + key.replace(" with key", " key")
                    + ".";
            case "DeleteImportedKeyMaterial" -> "DeleteImportedKeyMaterial removed the imported material of"
                    + key.replace(" with key", " key") + "; it is now PendingImport.";
            case "DeleteExpiredKeyMaterial" -> "The imported material of" + key.replace(" with key", " key")
                    + " expired and KMS deleted it.";
            case "RotateKey", "RotateKeyOnDemand" -> e.eventName() + " gave" + key.replace(" with key", " key")
                    + " new key material; old material still decrypts.";
            case "EnableKeyRotation" -> "EnableKeyRotation turned on automatic rotation" + key.replace(" with", " for")
                    + ".";
            case "DisableKeyRotation" -> "DisableKeyRotation turned off automatic rotation" + key.replace(" with", " for")
                    + ".";
            case "Sign" -> "Sign made a digital signature" + key + ".";
            case "Verify" -> "Verify checked a signature" + key + ".";
            case "GenerateMac" -> "GenerateMac computed a MAC" + key + ".";
            case "VerifyMac" -> "VerifyMac checked a MAC" + key + ".";
            default -> e.eventName() + " succeeded" + key + ".";
        };
    }

    private static Object param(EngineEvent e, String name) {
        return e.requestParameters() == null ? "another Region" : e.requestParameters().getOrDefault(name, "?");
    }

    /** The key id part of a key ARN. */
    static String shortKey(String keyArn) {
        int slash = keyArn.lastIndexOf('/');
        return slash < 0 ? keyArn : keyArn.substring(slash + 1);
    }
}
