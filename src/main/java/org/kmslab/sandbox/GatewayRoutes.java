package org.kmslab.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CancelKeyDeletionRequest;
import org.kmslab.engine.api.ConnectCustomKeyStoreRequest;
import org.kmslab.engine.api.CreateCustomKeyStoreRequest;
import org.kmslab.engine.api.DeleteCustomKeyStoreRequest;
import org.kmslab.engine.api.DescribeCustomKeyStoresRequest;
import org.kmslab.engine.api.DisconnectCustomKeyStoreRequest;
import org.kmslab.engine.api.UpdateCustomKeyStoreRequest;
import org.kmslab.engine.api.CreateAliasRequest;
import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DeleteAliasRequest;
import org.kmslab.engine.api.DeleteImportedKeyMaterialRequest;
import org.kmslab.engine.api.DeriveSharedSecretRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.DisableKeyRequest;
import org.kmslab.engine.api.DisableKeyRotationRequest;
import org.kmslab.engine.api.EnableKeyRequest;
import org.kmslab.engine.api.EnableKeyRotationRequest;
import org.kmslab.engine.api.EncryptRequest;
import org.kmslab.engine.api.GenerateDataKeyPairRequest;
import org.kmslab.engine.api.GenerateDataKeyPairWithoutPlaintextRequest;
import org.kmslab.engine.api.GenerateDataKeyRequest;
import org.kmslab.engine.api.GenerateDataKeyWithoutPlaintextRequest;
import org.kmslab.engine.api.GenerateMacRequest;
import org.kmslab.engine.api.GenerateRandomRequest;
import org.kmslab.engine.api.GetKeyLastUsageRequest;
import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.GetKeyRotationStatusRequest;
import org.kmslab.engine.api.GetParametersForImportRequest;
import org.kmslab.engine.api.GetPublicKeyRequest;
import org.kmslab.engine.api.ImportKeyMaterialRequest;
import org.kmslab.engine.api.ListAliasesRequest;
import org.kmslab.engine.api.ListGrantsRequest;
import org.kmslab.engine.api.ListKeyPoliciesRequest;
import org.kmslab.engine.api.ListKeyRotationsRequest;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.engine.api.ListResourceTagsRequest;
import org.kmslab.engine.api.ListRetirableGrantsRequest;
import org.kmslab.engine.api.PutKeyPolicyRequest;
import org.kmslab.engine.api.ReEncryptRequest;
import org.kmslab.engine.api.ReplicateKeyRequest;
import org.kmslab.engine.api.RetireGrantRequest;
import org.kmslab.engine.api.RevokeGrantRequest;
import org.kmslab.engine.api.RotateKeyOnDemandRequest;
import org.kmslab.engine.api.ScheduleKeyDeletionRequest;
import org.kmslab.engine.api.SignRequest;
import org.kmslab.engine.api.TagResourceRequest;
import org.kmslab.engine.api.UntagResourceRequest;
import org.kmslab.engine.api.UpdateAliasRequest;
import org.kmslab.engine.api.UpdateKeyDescriptionRequest;
import org.kmslab.engine.api.UpdatePrimaryRegionRequest;
import org.kmslab.engine.api.VerifyMacRequest;
import org.kmslab.engine.api.VerifyRequest;

/**
 * The explicit map from AWS operation name to the engine method that performs it, with the request record the JSON
 * body is read into. Adding an operation is one line here (and one row in {@code docs/wire-protocol.md}); there is no
 * reflection in dispatch.
 */
final class GatewayRoutes {

    /** One operation: read the body as {@code requestType}, then run {@code handler}. */
    record Route<Q extends Record>(String operation, Class<Q> requestType, Handler<Q> handler) {

        Object run(KmsEngine engine, Caller caller, Record request) {
            return handler.handle(engine, caller, requestType.cast(request));
        }
    }

    /** An engine method taking the caller and the request record, e.g. {@code KmsEngine::encrypt}. */
    @FunctionalInterface
    interface Handler<Q extends Record> {
        Object handle(KmsEngine engine, Caller caller, Q request);
    }

    /** Every operation of the current AWS KMS model (botocore 2014-11-01), supported or not. */
    static final List<String> AWS_OPERATIONS = List.of(
            "CancelKeyDeletion", "ConnectCustomKeyStore", "CreateAlias", "CreateCustomKeyStore", "CreateGrant",
            "CreateKey", "Decrypt", "DeleteAlias", "DeleteCustomKeyStore", "DeleteImportedKeyMaterial",
            "DeriveSharedSecret", "DescribeCustomKeyStores", "DescribeKey", "DisableKey", "DisableKeyRotation",
            "DisconnectCustomKeyStore", "EnableKey", "EnableKeyRotation", "Encrypt", "GenerateDataKey",
            "GenerateDataKeyPair", "GenerateDataKeyPairWithoutPlaintext", "GenerateDataKeyWithoutPlaintext",
            "GenerateMac", "GenerateRandom", "GetKeyLastUsage", "GetKeyPolicy", "GetKeyRotationStatus",
            "GetParametersForImport", "GetPublicKey", "ImportKeyMaterial", "ListAliases", "ListGrants",
            "ListKeyPolicies", "ListKeyRotations", "ListKeys", "ListResourceTags", "ListRetirableGrants",
            "PutKeyPolicy", "ReEncrypt", "ReplicateKey", "RetireGrant", "RevokeGrant", "RotateKeyOnDemand",
            "ScheduleKeyDeletion", "Sign", "TagResource", "UntagResource", "UpdateAlias", "UpdateCustomKeyStore",
            "UpdateKeyDescription", "UpdatePrimaryRegion", "Verify", "VerifyMac");

    private final Map<String, Route<?>> routes = new LinkedHashMap<>();

    GatewayRoutes() {
        add("CreateKey", CreateKeyRequest.class, KmsEngine::createKey);
        add("DescribeKey", DescribeKeyRequest.class, KmsEngine::describeKey);
        add("ListKeys", ListKeysRequest.class, KmsEngine::listKeys);
        add("GetKeyLastUsage", GetKeyLastUsageRequest.class, KmsEngine::getKeyLastUsage);
        add("UpdateKeyDescription", UpdateKeyDescriptionRequest.class, KmsEngine::updateKeyDescription);
        add("EnableKey", EnableKeyRequest.class, KmsEngine::enableKey);
        add("DisableKey", DisableKeyRequest.class, KmsEngine::disableKey);
        add("ScheduleKeyDeletion", ScheduleKeyDeletionRequest.class, KmsEngine::scheduleKeyDeletion);
        add("CancelKeyDeletion", CancelKeyDeletionRequest.class, KmsEngine::cancelKeyDeletion);
        add("ReplicateKey", ReplicateKeyRequest.class, KmsEngine::replicateKey);
        add("UpdatePrimaryRegion", UpdatePrimaryRegionRequest.class, KmsEngine::updatePrimaryRegion);
        add("Encrypt", EncryptRequest.class, KmsEngine::encrypt);
        add("Decrypt", DecryptRequest.class, KmsEngine::decrypt);
        add("ReEncrypt", ReEncryptRequest.class, KmsEngine::reEncrypt);
        add("GenerateDataKey", GenerateDataKeyRequest.class, KmsEngine::generateDataKey);
        add("GenerateDataKeyWithoutPlaintext", GenerateDataKeyWithoutPlaintextRequest.class, KmsEngine::generateDataKeyWithoutPlaintext);
        add("GenerateRandom", GenerateRandomRequest.class, KmsEngine::generateRandom);
        add("GenerateDataKeyPair", GenerateDataKeyPairRequest.class, KmsEngine::generateDataKeyPair);
        add("GenerateDataKeyPairWithoutPlaintext", GenerateDataKeyPairWithoutPlaintextRequest.class, KmsEngine::generateDataKeyPairWithoutPlaintext);
        add("GetPublicKey", GetPublicKeyRequest.class, KmsEngine::getPublicKey);
        add("Sign", SignRequest.class, KmsEngine::sign);
        add("Verify", VerifyRequest.class, KmsEngine::verify);
        add("DeriveSharedSecret", DeriveSharedSecretRequest.class, KmsEngine::deriveSharedSecret);
        add("GenerateMac", GenerateMacRequest.class, KmsEngine::generateMac);
        add("VerifyMac", VerifyMacRequest.class, KmsEngine::verifyMac);
        add("EnableKeyRotation", EnableKeyRotationRequest.class, KmsEngine::enableKeyRotation);
        add("DisableKeyRotation", DisableKeyRotationRequest.class, KmsEngine::disableKeyRotation);
        add("GetKeyRotationStatus", GetKeyRotationStatusRequest.class, KmsEngine::getKeyRotationStatus);
        add("RotateKeyOnDemand", RotateKeyOnDemandRequest.class, KmsEngine::rotateKeyOnDemand);
        add("ListKeyRotations", ListKeyRotationsRequest.class, KmsEngine::listKeyRotations);
        add("GetParametersForImport", GetParametersForImportRequest.class, KmsEngine::getParametersForImport);
        add("ImportKeyMaterial", ImportKeyMaterialRequest.class, KmsEngine::importKeyMaterial);
        add("DeleteImportedKeyMaterial", DeleteImportedKeyMaterialRequest.class, KmsEngine::deleteImportedKeyMaterial);
        add("CreateAlias", CreateAliasRequest.class, KmsEngine::createAlias);
        add("UpdateAlias", UpdateAliasRequest.class, KmsEngine::updateAlias);
        add("DeleteAlias", DeleteAliasRequest.class, KmsEngine::deleteAlias);
        add("ListAliases", ListAliasesRequest.class, KmsEngine::listAliases);
        add("TagResource", TagResourceRequest.class, KmsEngine::tagResource);
        add("UntagResource", UntagResourceRequest.class, KmsEngine::untagResource);
        add("ListResourceTags", ListResourceTagsRequest.class, KmsEngine::listResourceTags);
        add("GetKeyPolicy", GetKeyPolicyRequest.class, KmsEngine::getKeyPolicy);
        add("PutKeyPolicy", PutKeyPolicyRequest.class, KmsEngine::putKeyPolicy);
        add("ListKeyPolicies", ListKeyPoliciesRequest.class, KmsEngine::listKeyPolicies);
        add("CreateGrant", CreateGrantRequest.class, KmsEngine::createGrant);
        add("ListGrants", ListGrantsRequest.class, KmsEngine::listGrants);
        add("ListRetirableGrants", ListRetirableGrantsRequest.class, KmsEngine::listRetirableGrants);
        add("RetireGrant", RetireGrantRequest.class, KmsEngine::retireGrant);
        add("RevokeGrant", RevokeGrantRequest.class, KmsEngine::revokeGrant);
        add("CreateCustomKeyStore", CreateCustomKeyStoreRequest.class, KmsEngine::createCustomKeyStore);
        add("DescribeCustomKeyStores", DescribeCustomKeyStoresRequest.class, KmsEngine::describeCustomKeyStores);
        add("UpdateCustomKeyStore", UpdateCustomKeyStoreRequest.class, KmsEngine::updateCustomKeyStore);
        add("ConnectCustomKeyStore", ConnectCustomKeyStoreRequest.class, KmsEngine::connectCustomKeyStore);
        add("DisconnectCustomKeyStore", DisconnectCustomKeyStoreRequest.class, KmsEngine::disconnectCustomKeyStore);
        add("DeleteCustomKeyStore", DeleteCustomKeyStoreRequest.class, KmsEngine::deleteCustomKeyStore);
    }

    private <Q extends Record> void add(String operation, Class<Q> requestType, Handler<Q> handler) {
        if (routes.putIfAbsent(operation, new Route<>(operation, requestType, handler)) != null) {
            throw new IllegalStateException("duplicate route " + operation);
        }
    }

    Route<?> find(String operation) {
        return routes.get(operation);
    }

    Map<String, Route<?>> all() {
        return Collections.unmodifiableMap(routes);
    }
}
