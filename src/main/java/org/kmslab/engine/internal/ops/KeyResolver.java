package org.kmslab.engine.internal.ops;

import java.util.List;
import java.util.Map;

import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyStateTable;
import org.kmslab.engine.api.Operation;
import org.kmslab.engine.exception.DisabledException;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.exception.KMSInvalidStateException;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.internal.store.AliasRecord;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * Turns a key identifier (key id, key ARN, alias name, alias ARN) into a key, and checks in one place that the key
 * may be used: authorization, then the key-state table, then key usage.
 */
public final class KeyResolver {

    private final EngineCore core;
    private final AwsManagedKeys awsManaged;

    public KeyResolver(EngineCore core, AwsManagedKeys awsManaged) {
        this.core = core;
        this.awsManaged = awsManaged;
    }

    EngineCore core() {
        return core;
    }

    /**
     * Resolves, authorizes ({@code action} on the key, e.g. {@code kms:Encrypt}) and checks state and usage for
     * {@code call}'s operation.
     */
    public ManagedKey usable(Call call, String identifier, String action, Map<String, String> context,
            List<String> grantTokens) {
        ManagedKey key = find(call, identifier, true);
        core.access().authorize(call, key, action, context, grantTokens);
        checkState(call.operation(), key);
        checkUsage(call.operation(), key);
        return key;
    }

    /** Resolves and authorizes for a management operation, without state or usage checks. */
    public ManagedKey authorized(Call call, String identifier, boolean aliasesAllowed) {
        ManagedKey key = find(call, identifier, aliasesAllowed);
        core.access().authorize(call, key, "kms:" + call.operation().wire(), Map.of(), List.of());
        return key;
    }

    /** Finds the key named by {@code identifier}, recording its ARN on the call. */
    public ManagedKey find(Call call, String identifier, boolean aliasesAllowed) {
        Validate.length("keyId", Validate.required("keyId", identifier), 1, 2048);
        String keyId = identifier;
        KeyIds.Arn arn = KeyIds.parseArn(identifier);
        if (arn != null) {
            if (!arn.region().equals(core.region()) || !arn.account().equals(core.accountId())) {
                throw new NotFoundException(notFound(identifier));
            }
            keyId = arn.resource().startsWith("key/") ? arn.resource().substring(4) : arn.resource();
        } else if (identifier.startsWith("arn:")) {
            throw new NotFoundException("Invalid arn " + identifier);
        }
        if (keyId.startsWith("alias/")) {
            if (!aliasesAllowed) {
                throw new NotFoundException("Invalid keyId '" + identifier + "'");
            }
            keyId = aliasTarget(call, keyId);
        } else if (!KeyIds.isKeyId(keyId)) {
            throw new NotFoundException("Invalid keyId '" + identifier + "'");
        }
        ManagedKey key = core.store().keys().get(keyId);
        if (key == null || (key.awsOwned() && !awsManaged.mayUseOwned(call.caller()))) {
            throw new NotFoundException("Key '" + core.keyArn(keyId) + "' does not exist");
        }
        call.keyArn(key.arn());
        return key;
    }

    private String aliasTarget(Call call, String aliasName) {
        AliasRecord alias = core.store().aliases().get(aliasName);
        if (alias == null) {
            ManagedKey created = awsManaged.createOnFirstUse(call.caller(), aliasName,
                    call.operation() == Operation.DESCRIBE_KEY);
            if (created == null) {
                throw new NotFoundException("Alias " + KeyIds.aliasArn(core.region(), core.accountId(), aliasName)
                        + " is not found.");
            }
            return created.keyId();
        }
        return alias.targetKeyId();
    }

    private String notFound(String identifier) {
        return identifier.contains(":alias/") ? "Alias " + identifier + " is not found."
                : "Key '" + identifier + "' does not exist";
    }

    /** Applies {@link KeyStateTable}: throws the exception the table names for this operation and state. */
    public static void checkState(Operation op, ManagedKey key) {
        KeyStateTable.rule(op, key.state()).ifPresent(rule -> {
            String message = rule.message(key.arn());
            throw switch (rule.exception()) {
                case "DisabledException" -> new DisabledException(message);
                case "KMSInvalidStateException" -> new KMSInvalidStateException(message);
                default -> new KmsUnsupportedOperationException(message);
            };
        });
    }

    /** Checks the key's usage against the usages the operation accepts. */
    public static void checkUsage(Operation op, ManagedKey key) {
        if (!op.usages().isEmpty() && !op.usages().contains(key.usage())) {
            throw new InvalidKeyUsageException(key.arn() + " key usage is " + key.usage().wire()
                    + " which is not valid for " + op.wire() + ".");
        }
    }

    /** For operations that only symmetric encryption keys support (GenerateDataKey*, rotation). */
    public static void requireSymmetric(Operation op, ManagedKey key) {
        if (key.spec() != KeySpec.SYMMETRIC_DEFAULT) {
            throw new InvalidKeyUsageException(key.arn() + " key spec is " + key.spec().wire()
                    + " which is not valid for " + op.wire() + ".");
        }
    }
}
