package org.kmslab.engine.internal.ops;

import java.util.List;
import java.util.regex.Pattern;

import org.kmslab.engine.api.AliasListEntry;
import org.kmslab.engine.api.CreateAliasRequest;
import org.kmslab.engine.api.CreateAliasResult;
import org.kmslab.engine.api.DeleteAliasRequest;
import org.kmslab.engine.api.DeleteAliasResult;
import org.kmslab.engine.api.ListAliasesRequest;
import org.kmslab.engine.api.ListAliasesResult;
import org.kmslab.engine.api.UpdateAliasRequest;
import org.kmslab.engine.api.UpdateAliasResult;
import org.kmslab.engine.exception.AlreadyExistsException;
import org.kmslab.engine.exception.InvalidAliasNameException;
import org.kmslab.engine.exception.LimitExceededException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.internal.store.AliasRecord;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * CreateAlias, UpdateAlias, DeleteAlias and ListAliases with AWS's naming rules: 1-256 characters of letters,
 * digits, {@code /}, {@code _} and {@code -} (the API model's pattern also allows {@code :}, the service does not),
 * prefix {@code alias/} (else {@code ValidationException}, as real clients found), {@code alias/aws/} reserved, at
 * most 50 aliases per key. ListAliases also lists AWS's predefined {@code alias/aws/*} names, without a target until
 * the service has created its key, as AWS does.
 * Sources: https://docs.aws.amazon.com/kms/latest/developerguide/alias-manage.html ,
 * https://docs.aws.amazon.com/kms/latest/APIReference/API_ListAliases.html
 */
public final class AliasOps {

    private static final Pattern NAME = Pattern.compile("^[a-zA-Z0-9/_-]+$");
    /** The AWS managed key aliases every account and Region lists, whether or not the service has made the key. */
    static final List<String> PREDEFINED = List.of("alias/aws/acm", "alias/aws/dynamodb", "alias/aws/ebs",
            "alias/aws/elasticfilesystem", "alias/aws/es", "alias/aws/glue", "alias/aws/kinesisvideo",
            "alias/aws/lambda", "alias/aws/rds", "alias/aws/redshift", "alias/aws/s3", "alias/aws/secretsmanager",
            "alias/aws/ssm", "alias/aws/xray");
    private static final int MAX_PER_KEY = 50;
    private final EngineCore core;
    private final KeyResolver resolver;

    public AliasOps(EngineCore core, KeyResolver resolver) {
        this.core = core;
        this.resolver = resolver;
    }

    public CreateAliasResult createAlias(Call call, CreateAliasRequest r) {
        String name = checkName(r.aliasName());
        ManagedKey key = target(call, r.targetKeyId());
        if (core.store().aliases().containsKey(name)) {
            throw new AlreadyExistsException("An alias with the name " + arn(name) + " already exists");
        }
        if (core.store().aliases().values().stream().filter(a -> a.targetKeyId().equals(key.keyId()))
                .count() >= MAX_PER_KEY) {
            throw new LimitExceededException("The number of aliases for " + key.arn() + " exceeds the limit of "
                    + MAX_PER_KEY + ".");
        }
        core.store().aliases().put(name, new AliasRecord(name, key.keyId(), core.now(), core.now()));
        return new CreateAliasResult();
    }

    /** The new target must have the same key spec and usage as the old one. */
    public UpdateAliasResult updateAlias(Call call, UpdateAliasRequest r) {
        String name = checkName(r.aliasName());
        AliasRecord alias = existing(name);
        ManagedKey key = target(call, r.targetKeyId());
        ManagedKey old = core.store().keys().get(alias.targetKeyId());
        if (old != null && (old.spec() != key.spec() || old.usage() != key.usage())) {
            throw Validate.fail("Alias " + arn(name) + " cannot be changed from a key with spec "
                    + old.spec().wire() + " and usage " + old.usage().wire() + " to one with spec "
                    + key.spec().wire() + " and usage " + key.usage().wire() + ".");
        }
        core.store().aliases().put(name, alias.retarget(key.keyId(), core.now()));
        return new UpdateAliasResult();
    }

    public DeleteAliasResult deleteAlias(Call call, DeleteAliasRequest r) {
        String name = checkName(r.aliasName());
        AliasRecord alias = existing(name);
        resolver.authorized(call, alias.targetKeyId(), false);
        core.store().aliases().remove(name);
        return new DeleteAliasResult();
    }

    public ListAliasesResult listAliases(Call call, ListAliasesRequest r) {
        String keyId = r.keyId() == null ? null : resolver.find(call, r.keyId(), false).keyId();
        List<AliasListEntry> all = new java.util.ArrayList<>(core.store().aliases().values().stream()
                .filter(a -> keyId == null || a.targetKeyId().equals(keyId))
                .map(a -> new AliasListEntry(a.aliasName(), arn(a.aliasName()), a.targetKeyId(), a.creationDate(),
                        a.lastUpdatedDate()))
                .toList());
        if (keyId == null) {
            PREDEFINED.stream().filter(name -> !core.store().aliases().containsKey(name))
                    .forEach(name -> all.add(new AliasListEntry(name, arn(name), null, null, null)));
        }
        Pages.Page<AliasListEntry> page = Pages.of(all, r.limit(), r.marker(), 50, 100);
        return new ListAliasesResult(page.items(), page.nextMarker(), page.truncated());
    }

    private String checkName(String name) {
        Validate.length("aliasName", Validate.required("aliasName", name), 1, 256);
        if (!NAME.matcher(name).matches()) {
            throw Validate.fail("1 validation error detected: Value '" + name + "' at 'aliasName' failed to satisfy "
                    + "constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9/_-]+$");
        }
        if (!name.startsWith("alias/") || name.length() == "alias/".length()) {
            throw Validate.fail("Alias must start with the prefix \"alias/\". Please see "
                    + "https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html");
        }
        if (name.startsWith("alias/aws/")) {
            throw new InvalidAliasNameException("Alias names cannot begin with alias/aws/. That prefix is reserved "
                    + "for AWS managed keys.");
        }
        return name;
    }

    private AliasRecord existing(String name) {
        AliasRecord alias = core.store().aliases().get(name);
        if (alias == null) {
            throw new NotFoundException("Alias " + arn(name) + " is not found.");
        }
        return alias;
    }

    /** Target by key id or ARN (not an alias), authorized and allowed by the state table. */
    private ManagedKey target(Call call, String targetKeyId) {
        ManagedKey key = resolver.authorized(call, Validate.required("targetKeyId", targetKeyId), false);
        KeyResolver.checkState(call.operation(), key);
        return key;
    }

    private String arn(String aliasName) {
        return KeyIds.aliasArn(core.region(), core.accountId(), aliasName);
    }
}
