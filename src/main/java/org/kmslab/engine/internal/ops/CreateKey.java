package org.kmslab.engine.internal.ops;

import java.util.List;
import java.util.UUID;

import org.kmslab.engine.api.CreateKeyRequest;
import org.kmslab.engine.api.CreateKeyResult;
import org.kmslab.engine.api.KeyManager;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.api.Tag;
import org.kmslab.engine.internal.store.CustomKeyStoreRecord;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MultiRegion;

/**
 * CreateKey: spec and usage combinations as AWS allows them (SM2 only in the China Regions), origin AWS_KMS, EXTERNAL or
 * a custom key store, description, tags, policy.
 */
public final class CreateKey {

    private final EngineCore core;
    private final Keys keys;
    private final CustomKeyStoreKeys customStores;

    public CreateKey(EngineCore core, Keys keys) {
        this.core = core;
        this.keys = keys;
        this.customStores = new CustomKeyStoreKeys(core);
    }

    public CreateKeyResult run(Call call, CreateKeyRequest r) {
        core.access().authorizeByIam(call, "kms:CreateKey");
        if (r.keySpec() != null && r.customerMasterKeySpec() != null) {
            throw Validate.fail("You cannot specify KeySpec and CustomerMasterKeySpec in the same request. "
                    + "CustomerMasterKeySpec parameter is deprecated. Use KeySpec instead.");
        }
        KeySpec spec = KeySpec.fromWire(r.keySpec() != null ? "keySpec" : "customerMasterKeySpec",
                r.keySpec() != null ? r.keySpec() : r.customerMasterKeySpec());
        spec = spec == null ? KeySpec.SYMMETRIC_DEFAULT : spec;
        KeyUsage usage = KeyUsage.fromWire("keyUsage", r.keyUsage());
        Origin origin = Origin.fromWire("origin", r.origin());
        origin = origin == null ? Origin.AWS_KMS : origin;
        Validate.length("description", r.description(), 0, 8192);
        if (usage == null) {
            if (spec != KeySpec.SYMMETRIC_DEFAULT) {
                throw Validate.fail("You must specify a KeyUsage value for all KMS keys except for symmetric "
                        + "encryption keys.");
            }
            usage = KeyUsage.ENCRYPT_DECRYPT;
        }
        if (!KeySpecs.usages(spec).contains(usage)) {
            throw Validate.fail("KeyUsage " + usage.wire() + " is not compatible with KeySpec " + spec.wire());
        }
        Regions.requireSpecOffered(core.region(), spec);
        CustomKeyStoreRecord store = customStores.check(r, origin, spec);
        List<Tag> tags = r.tags() == null ? List.of() : r.tags();
        TagRules.check(tags, java.util.Map.of());
        String policy = r.policy() == null ? Keys.defaultPolicy(core.accountId()) : r.policy();
        core.access().checkNewPolicy(call, policy, core.keyArn("*"),
                Boolean.TRUE.equals(r.bypassPolicyLockoutSafetyCheck()));

        boolean multiRegion = Boolean.TRUE.equals(r.multiRegion());
        ManagedKey key = keys.create(multiRegion ? Keys.newMultiRegionKeyId() : UUID.randomUUID().toString(),
                spec, usage, origin, KeyManager.CUSTOMER, false, r.description(), policy);
        if (multiRegion) {
            key.multiRegion(new MultiRegion(core.region(), List.of(), null));
        }
        if (store != null) {
            customStores.provision(key, store, r.xksKeyId());
        }
        tags.forEach(t -> key.tags().put(t.tagKey(), t.tagValue()));
        call.keyArn(key.arn());
        call.keyMaterialId(key.currentMaterialId());
        return new CreateKeyResult(Metadata.of(key));
    }
}
