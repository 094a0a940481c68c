package org.kmslab.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.DecryptRequest;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.EncryptRequest;

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
        add("Encrypt", EncryptRequest.class, KmsEngine::encrypt);
        add("Decrypt", DecryptRequest.class, KmsEngine::decrypt);
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
