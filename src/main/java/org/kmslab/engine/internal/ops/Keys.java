package org.kmslab.engine.internal.ops;

import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import org.kmslab.engine.api.KeyManager;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.internal.crypto.AsymmetricMaterial;
import org.kmslab.engine.internal.crypto.HmacMaterial;
import org.kmslab.engine.internal.crypto.KeyMaterial;
import org.kmslab.engine.internal.crypto.Rng;
import org.kmslab.engine.internal.crypto.SymmetricMaterial;
import org.kmslab.engine.internal.store.ManagedKey;
import org.kmslab.engine.internal.store.MaterialVersion;

/** Creates keys and material versions; shared by CreateKey, AWS managed keys and rotation. */
public final class Keys {

    private final EngineCore core;

    public Keys(EngineCore core) {
        this.core = core;
    }

    /** A new key in the store: AWS_KMS keys get material now, EXTERNAL keys wait in PendingImport. */
    public ManagedKey create(KeySpec spec, KeyUsage usage, Origin origin, KeyManager manager, boolean awsOwned,
            String description, String policy) {
        return create(UUID.randomUUID().toString(), spec, usage, origin, manager, awsOwned, description, policy);
    }

    /** A new multi-Region key id: {@code mrk-} and 32 random hex characters. */
    public static String newMultiRegionKeyId() {
        return KeyIds.MRK_PREFIX + HexFormat.of().formatHex(Rng.bytes(16));
    }

    /** As {@link #create(KeySpec, KeyUsage, Origin, KeyManager, boolean, String, String)}, with a given key id. */
    public ManagedKey create(String keyId, KeySpec spec, KeyUsage usage, Origin origin, KeyManager manager,
            boolean awsOwned, String description, String policy) {
        Instant now = core.now();
        KeyState state = origin == Origin.EXTERNAL ? KeyState.PENDING_IMPORT : KeyState.ENABLED;
        ManagedKey key = new ManagedKey(keyId, core.keyArn(keyId), core.accountId(), now, spec, usage, origin,
                manager, awsOwned, state);
        key.description(description);
        key.policy(policy);
        if (origin == Origin.AWS_KMS) {
            MaterialVersion v = new MaterialVersion(newMaterialId(), generate(spec), null, now, null, null, null);
            key.putVersion(v);
            key.currentMaterialId(v.materialId());
        }
        core.store().keys().put(keyId, key);
        return key;
    }

    /** Fresh material for a spec. */
    public static KeyMaterial generate(KeySpec spec) {
        if (spec == KeySpec.SYMMETRIC_DEFAULT) {
            return SymmetricMaterial.generate();
        }
        return KeySpecs.isHmac(spec) ? HmacMaterial.generate(spec) : AsymmetricMaterial.generate(spec);
    }

    /** A new material id: 32 random bytes as 64 hex characters. */
    public static String newMaterialId() {
        return HexFormat.of().formatHex(Rng.bytes(32));
    }

    /** The policy AWS attaches when CreateKey gets none, formatted as GetKeyPolicy returns it. */
    public static String defaultPolicy(String accountId) {
        return """
                {
                  "Version" : "2012-10-17",
                  "Id" : "key-default-1",
                  "Statement" : [ {
                    "Sid" : "Enable IAM User Permissions",
                    "Effect" : "Allow",
                    "Principal" : {
                      "AWS" : "arn:aws:iam::%s:root"
                    },
                    "Action" : "kms:*",
                    "Resource" : "*"
                  } ]
                }""".formatted(accountId);
    }
}
