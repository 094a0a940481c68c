package org.kmslab.security;

import java.util.function.Supplier;
import org.kmslab.engine.CallSource;
import org.kmslab.engine.Caller;
import org.kmslab.engine.KmsEngine;
import org.kmslab.engine.KmsException;
import org.kmslab.engine.StateWrappingKey;
import org.kmslab.engine.api.DescribeKeyRequest;
import org.kmslab.engine.api.GetKeyPolicyRequest;
import org.kmslab.engine.api.GetKeyRotationStatusRequest;
import org.kmslab.engine.api.KeyListEntry;
import org.kmslab.engine.api.ListAliasesRequest;
import org.kmslab.engine.api.ListGrantsRequest;
import org.kmslab.engine.api.ListKeyRotationsRequest;
import org.kmslab.engine.api.ListKeysRequest;
import org.kmslab.engine.api.ListResourceTagsRequest;

/**
 * A canonical text of everything an engine holds: every key's metadata, policy, tags, grants, rotation status and
 * material versions, and every alias. Exported bytes are not comparable (material is re-wrapped under a fresh IV
 * each time), so the state is exported, imported into a scratch engine nobody listens to, and listed there: taking
 * a snapshot neither changes the engine nor adds an audit event.
 */
final class EngineSnapshot {

    private EngineSnapshot() {
    }

    static String of(KmsEngine engine, StateWrappingKey root) {
        KmsEngine scratch = new KmsEngine(engine.accountId(), engine.region(), engine.clock());
        scratch.importState(engine.exportState(root), root);
        Caller admin = Caller.root(engine.accountId(), CallSource.LESSON);
        StringBuilder out = new StringBuilder();
        for (KeyListEntry key : scratch.listKeys(admin, new ListKeysRequest(1000, null)).keys()) {
            String id = key.keyId();
            out.append(scratch.describeKey(admin, DescribeKeyRequest.of(id)).keyMetadata()).append('\n');
            out.append(scratch.getKeyPolicy(admin, GetKeyPolicyRequest.of(id)).policy()).append('\n');
            out.append(scratch.listResourceTags(admin, ListResourceTagsRequest.of(id)).tags()).append('\n');
            out.append(scratch.listGrants(admin, ListGrantsRequest.of(id)).grants()).append('\n');
            out.append(quietly(() -> scratch.getKeyRotationStatus(admin, GetKeyRotationStatusRequest.of(id))))
                    .append('\n');
            out.append(quietly(() -> scratch.listKeyRotations(admin, ListKeyRotationsRequest.of(id)))).append('\n');
        }
        out.append(scratch.listAliases(admin, new ListAliasesRequest(null, 100, null)).aliases()).append('\n');
        return out.toString();
    }

    /**
     * A cheap fingerprint for every fuzz case: the exported state's length (which any added or removed key,
     * version, alias, grant, tag or import parameter changes), and the metadata and policy of every given key and
     * alias, read without authorization or event. {@link #of} catches the same-length changes this misses.
     */
    static String quick(KmsEngine engine, StateWrappingKey root, java.util.Collection<String> keyIdsOrAliases) {
        StringBuilder out = new StringBuilder().append(engine.exportState(root).length).append('\n');
        for (String id : keyIdsOrAliases) {
            out.append(engine.observeKey(id)).append('\n').append(engine.observeKeyPolicy(id)).append('\n');
        }
        return out.toString();
    }

    private static String quietly(Supplier<Object> call) {
        try {
            return String.valueOf(call.get());
        } catch (KmsException e) {
            return e.errorCode();
        }
    }
}
