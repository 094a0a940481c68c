package org.kmslab.engine.internal.ops;

import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kmslab.engine.api.CreateGrantRequest;
import org.kmslab.engine.api.CreateGrantResult;
import org.kmslab.engine.api.GrantConstraints;
import org.kmslab.engine.api.GrantListEntry;
import org.kmslab.engine.api.GrantOperation;
import org.kmslab.engine.api.ListGrantsRequest;
import org.kmslab.engine.api.ListGrantsResult;
import org.kmslab.engine.api.ListRetirableGrantsRequest;
import org.kmslab.engine.api.ListRetirableGrantsResult;
import org.kmslab.engine.api.RetireGrantRequest;
import org.kmslab.engine.api.RetireGrantResult;
import org.kmslab.engine.api.RevokeGrantRequest;
import org.kmslab.engine.api.RevokeGrantResult;
import org.kmslab.engine.exception.InvalidGrantIdException;
import org.kmslab.engine.exception.InvalidGrantTokenException;
import org.kmslab.engine.exception.LimitExceededException;
import org.kmslab.engine.exception.NotFoundException;
import org.kmslab.engine.internal.crypto.Rng;
import org.kmslab.engine.internal.policy.AccessControl;
import org.kmslab.engine.internal.policy.GrantTokens;
import org.kmslab.engine.internal.store.GrantRecord;
import org.kmslab.engine.internal.store.ManagedKey;

/**
 * CreateGrant, ListGrants, ListRetirableGrants, RetireGrant and RevokeGrant. Grants take effect at once here (AWS is
 * eventually consistent, which is why it has grant tokens; ours are accepted and checked).
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/grants.html
 */
public final class GrantOps {

    private static final int MAX_GRANTS_PER_KEY = 50_000;
    private static final Set<GrantOperation> CONTEXT_OPERATIONS = EnumSet.of(GrantOperation.DECRYPT,
            GrantOperation.ENCRYPT, GrantOperation.GENERATE_DATA_KEY, GrantOperation.GENERATE_DATA_KEY_WITHOUT_PLAINTEXT,
            GrantOperation.RE_ENCRYPT_FROM, GrantOperation.RE_ENCRYPT_TO, GrantOperation.GENERATE_DATA_KEY_PAIR,
            GrantOperation.GENERATE_DATA_KEY_PAIR_WITHOUT_PLAINTEXT, GrantOperation.RETIRE_GRANT,
            GrantOperation.DESCRIBE_KEY, GrantOperation.CREATE_GRANT);
    private final EngineCore core;
    private final KeyResolver resolver;

    public GrantOps(EngineCore core, KeyResolver resolver) {
        this.core = core;
        this.resolver = resolver;
    }

    public CreateGrantResult createGrant(Call call, CreateGrantRequest r) {
        Validate.length("granteePrincipal", Validate.required("granteePrincipal", r.granteePrincipal()), 1, 256);
        Validate.length("retiringPrincipal", r.retiringPrincipal(), 1, 256);
        Validate.length("name", r.name(), 1, 256);
        List<String> ops = Validate.required("operations", r.operations());
        if (ops.isEmpty()) {
            throw Validate.fail("1 validation error detected: Value '[]' at 'operations' failed to satisfy "
                    + "constraint: Member must have length greater than or equal to 1");
        }
        Set<GrantOperation> operations = EnumSet.noneOf(GrantOperation.class);
        ops.forEach(o -> operations.add(GrantOperation.fromWire("operations", o)));
        GrantConstraints c = r.constraints();
        boolean constrained = c != null && (c.encryptionContextEquals() != null || c.encryptionContextSubset() != null);
        if (constrained && !CONTEXT_OPERATIONS.containsAll(operations)) {
            throw Validate.fail("Grant constraints are only valid for operations that accept an encryption context.");
        }
        Validate.grantTokens(r.grantTokens());
        ManagedKey key = resolver.usable(call, r.keyId(), "kms:CreateGrant", null, r.grantTokens());
        Validate.dryRun(r.dryRun());
        if (core.store().grants().values().stream().filter(g -> g.keyId().equals(key.keyId()))
                .count() >= MAX_GRANTS_PER_KEY) {
            throw new LimitExceededException("The number of grants for " + key.arn() + " exceeds the limit.");
        }
        String grantId = HexFormat.of().formatHex(Rng.bytes(32));
        String token = GrantTokens.issue(grantId);
        core.store().grants().put(grantId, new GrantRecord(grantId, key.keyId(), r.name(), core.now(),
                r.granteePrincipal(), r.retiringPrincipal(), call.caller().accountId(), Set.copyOf(operations),
                c == null ? null : copy(c.encryptionContextEquals()), c == null ? null : copy(c.encryptionContextSubset()),
                token));
        return new CreateGrantResult(token, grantId);
    }

    public ListGrantsResult listGrants(Call call, ListGrantsRequest r) {
        ManagedKey key = resolver.authorized(call, r.keyId(), false);
        List<GrantListEntry> all = core.store().grants().values().stream()
                .filter(g -> g.keyId().equals(key.keyId()))
                .filter(g -> r.grantId() == null || g.grantId().equals(r.grantId()))
                .filter(g -> r.granteePrincipal() == null || g.granteePrincipal().equals(r.granteePrincipal()))
                .map(this::entry).toList();
        Pages.Page<GrantListEntry> page = Pages.of(all, r.limit(), r.marker(), 50, 100);
        return new ListGrantsResult(page.items(), page.nextMarker(), page.truncated());
    }

    /** IAM-only in AWS (no key policy involved); here it lists the grants naming that retiring principal. */
    public ListRetirableGrantsResult listRetirableGrants(Call call, ListRetirableGrantsRequest r) {
        String principal = Validate.required("retiringPrincipal", r.retiringPrincipal());
        List<GrantListEntry> all = core.store().grants().values().stream()
                .filter(g -> principal.equals(g.retiringPrincipal())).map(this::entry).toList();
        Pages.Page<GrantListEntry> page = Pages.of(all, r.limit(), r.marker(), 50, 100);
        return new ListRetirableGrantsResult(page.items(), page.nextMarker(), page.truncated());
    }

    /** The retiring principal, or the grantee when the grant lists RetireGrant, or a key-policy allow. */
    public RetireGrantResult retireGrant(Call call, RetireGrantRequest r) {
        GrantRecord g;
        if (r.grantToken() != null) {
            String id = GrantTokens.grantId(r.grantToken());
            if (id == null) {
                throw new InvalidGrantTokenException("The grant token is not valid.");
            }
            g = grant(id);
        } else {
            ManagedKey key = resolver.find(call, Validate.required("keyId", r.keyId()), false);
            g = grant(checkId(Validate.required("grantId", r.grantId())));
            if (!g.keyId().equals(key.keyId())) {
                throw new NotFoundException("Grant not found");
            }
        }
        ManagedKey key = core.store().keys().get(g.keyId());
        call.keyArn(key.arn());
        String principal = call.caller().principalArn();
        boolean mayRetire = principal.equals(g.retiringPrincipal())
                || (principal.equals(g.granteePrincipal()) && g.operations().contains(GrantOperation.RETIRE_GRANT))
                || core.access().decide(call.caller(), key, "kms:RetireGrant", Map.of()).allowed();
        if (!mayRetire) {
            throw AccessControl.denied(call.caller(), "kms:RetireGrant", key.arn(), false);
        }
        Validate.dryRun(r.dryRun());
        core.store().grants().remove(g.grantId());
        return new RetireGrantResult();
    }

    public RevokeGrantResult revokeGrant(Call call, RevokeGrantRequest r) {
        String id = checkId(Validate.required("grantId", r.grantId()));
        ManagedKey key = resolver.authorized(call, r.keyId(), false);
        GrantRecord g = grant(id);
        if (!g.keyId().equals(key.keyId())) {
            throw new NotFoundException("Grant not found");
        }
        Validate.dryRun(r.dryRun());
        core.store().grants().remove(id);
        return new RevokeGrantResult();
    }

    private static String checkId(String id) {
        if (!id.matches("[0-9a-f]{64}")) {
            throw new InvalidGrantIdException("Invalid grant ID");
        }
        return id;
    }

    private GrantRecord grant(String id) {
        GrantRecord g = core.store().grants().get(id);
        if (g == null) {
            throw new NotFoundException("Grant not found");
        }
        return g;
    }

    private GrantListEntry entry(GrantRecord g) {
        GrantConstraints c = g.contextEquals() == null && g.contextSubset() == null ? null
                : new GrantConstraints(g.contextSubset(), g.contextEquals());
        return new GrantListEntry(core.keyArn(g.keyId()), g.grantId(), g.name(), g.creationDate(),
                g.granteePrincipal(), g.retiringPrincipal(), g.issuingAccount(),
                g.operations().stream().sorted().map(GrantOperation::wire).toList(), c);
    }

    private static Map<String, String> copy(Map<String, String> m) {
        return m == null ? null : Map.copyOf(m);
    }
}
