package org.kmslab.engine.internal.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.api.ExpirationModel;
import org.kmslab.engine.api.GrantOperation;
import org.kmslab.engine.api.KeyManager;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeyState;
import org.kmslab.engine.api.KeyUsage;
import org.kmslab.engine.api.Origin;
import org.kmslab.engine.api.RotationType;
import org.kmslab.engine.internal.crypto.KeyMaterial;
import org.kmslab.engine.internal.crypto.MaterialCodec;
import org.kmslab.engine.internal.crypto.StateKey;

/**
 * The engine's state as versioned bytes (magic {@code KLST}, version 1): every key with every material version,
 * rotation schedule, tags, policy and import parameters, then aliases and grants, then (optional) the multi-Region
 * sets. Key material and import wrapping keys are written only wrapped under the {@link StateKey}.
 */
public final class StateCodec {

    private static final int MAGIC = 0x4B4C5354;
    private static final int VERSION = 1;
    /** Marks the optional multi-Region section ("MRK1"). */
    private static final int MULTI_REGION_SECTION = 0x4D524B31;

    private StateCodec() {
    }

    public static byte[] write(KeyStore store, String account, String region, StateKey key) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buf)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(account);
            out.writeUTF(region);
            out.writeInt(store.keys().size());
            for (ManagedKey k : store.keys().values()) {
                writeKey(out, k, key);
            }
            out.writeInt(store.aliases().size());
            for (AliasRecord a : store.aliases().values()) {
                out.writeUTF(a.aliasName());
                out.writeUTF(a.targetKeyId());
                StateIo.time(out, a.creationDate());
                StateIo.time(out, a.lastUpdatedDate());
            }
            out.writeInt(store.grants().size());
            for (GrantRecord g : store.grants().values()) {
                writeGrant(out, g);
            }
            LastUsageSection.write(out, store.lastUsage());
            KeyStoreCodec.write(out, store, key);
            writeMultiRegion(out, store);
        } catch (IOException e) {
            throw new IllegalStateException("in-memory write failed", e);
        }
        return buf.toByteArray();
    }

    /** Replaces the store's content; on any error the store is left unchanged. */
    public static void read(byte[] state, KeyStore store, String account, String region, StateKey key) {
        KeyStore fresh = new KeyStore();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(state))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not a KMS Lab engine state (version 1)");
            }
            if (!in.readUTF().equals(account) || !in.readUTF().equals(region)) {
                throw new IllegalArgumentException("state belongs to another account or region");
            }
            for (int i = in.readInt(); i > 0; i--) {
                ManagedKey k = readKey(in, account, region, key);
                fresh.keys().put(k.keyId(), k);
            }
            for (int i = in.readInt(); i > 0; i--) {
                AliasRecord a = new AliasRecord(in.readUTF(), in.readUTF(), StateIo.time(in), StateIo.time(in));
                fresh.aliases().put(a.aliasName(), a);
            }
            for (int i = in.readInt(); i > 0; i--) {
                GrantRecord g = readGrant(in);
                fresh.grants().put(g.grantId(), g);
            }
            LastUsageSection.read(in, fresh);
            KeyStoreCodec.read(in, fresh, key);
            readMultiRegion(in, fresh);
        } catch (IOException e) {
            throw new IllegalArgumentException("engine state is truncated or corrupt", e);
        }
        store.clear();
        store.keys().putAll(fresh.keys());
        store.aliases().putAll(fresh.aliases());
        store.grants().putAll(fresh.grants());
        store.lastUsage().putAll(fresh.lastUsage());
        store.customKeyStores().putAll(fresh.customKeyStores());
        store.hsmClusters().putAll(fresh.hsmClusters());
    }

    private static void writeKey(DataOutputStream out, ManagedKey k, StateKey key) throws IOException {
        out.writeUTF(k.keyId());
        StateIo.time(out, k.creationDate());
        out.writeUTF(k.spec().name());
        out.writeUTF(k.usage().name());
        out.writeUTF(k.origin().name());
        out.writeUTF(k.manager().name());
        out.writeBoolean(k.awsOwned());
        out.writeUTF(k.description());
        out.writeUTF(k.storedState().name());
        StateIo.time(out, k.deletionDate());
        out.writeInt(k.pendingWindowInDays() == null ? -1 : k.pendingWindowInDays());
        out.writeUTF(k.policy());
        StateIo.map(out, k.tags());
        out.writeBoolean(k.rotation().enabled());
        out.writeInt(k.rotation().periodInDays() == null ? -1 : k.rotation().periodInDays());
        StateIo.time(out, k.rotation().nextRotationDate());
        out.writeInt(k.rotation().onDemandCount());
        StateIo.str(out, k.currentMaterialId());
        out.writeInt(k.versions().size());
        for (MaterialVersion v : k.versions()) {
            out.writeUTF(v.materialId());
            StateIo.bytes(out, v.material() == null ? null
                    : MaterialCodec.wrap(key, v.material(), k.keyId(), v.materialId()));
            StateIo.bytes(out, v.fingerprint() == null ? null : MaterialCodec.fingerprintBytes(v.fingerprint()));
            StateIo.time(out, v.createdAt());
            StateIo.str(out, v.rotationType() == null ? null : v.rotationType().name());
            StateIo.str(out, v.expirationModel() == null ? null : v.expirationModel().name());
            StateIo.time(out, v.validTo());
        }
        ImportParameters p = k.importParameters();
        out.writeBoolean(p != null);
        if (p != null) {
            StateIo.bytes(out, MaterialCodec.wrapImportKey(key, p.wrappingKey(), k.keyId()));
            out.writeUTF(p.algorithm().name());
            out.writeUTF(p.tokenId());
            StateIo.time(out, p.validTo());
        }
    }

    private static ManagedKey readKey(DataInputStream in, String account, String region, StateKey key)
            throws IOException {
        String id = in.readUTF();
        ManagedKey k = new ManagedKey(id, "arn:aws:kms:" + region + ":" + account + ":key/" + id, account,
                StateIo.time(in), KeySpec.valueOf(in.readUTF()), KeyUsage.valueOf(in.readUTF()),
                Origin.valueOf(in.readUTF()), KeyManager.valueOf(in.readUTF()), in.readBoolean(), KeyState.ENABLED);
        k.description(in.readUTF());
        KeyState state = KeyState.valueOf(in.readUTF());
        java.time.Instant deletion = StateIo.time(in);
        int window = in.readInt();
        if (deletion != null || window >= 0) {
            k.scheduleDeletion(deletion, window);
        }
        k.state(state);
        k.policy(in.readUTF());
        k.tags().putAll(StateIo.map(in));
        boolean on = in.readBoolean();
        int period = in.readInt();
        k.rotation().restore(on, period < 0 ? null : period, StateIo.time(in), in.readInt());
        k.currentMaterialId(StateIo.str(in));
        for (int i = in.readInt(); i > 0; i--) {
            String mid = in.readUTF();
            byte[] wrapped = StateIo.bytes(in);
            byte[] fp = StateIo.bytes(in);
            KeyMaterial m = wrapped == null ? null : MaterialCodec.unwrap(key, wrapped, k.spec(), id, mid);
            java.time.Instant created = StateIo.time(in);
            String rot = StateIo.str(in);
            String exp = StateIo.str(in);
            k.putVersion(new MaterialVersion(mid, m, fp == null ? null : MaterialCodec.fingerprint(fp), created,
                    rot == null ? null : RotationType.valueOf(rot), exp == null ? null : ExpirationModel.valueOf(exp),
                    StateIo.time(in)));
        }
        if (in.readBoolean()) {
            k.importParameters(new ImportParameters(MaterialCodec.unwrapImportKey(key, StateIo.bytes(in), id),
                    AlgorithmSpec.valueOf(in.readUTF()), in.readUTF(), StateIo.time(in)));
        }
        return k;
    }

    /**
     * The multi-Region section, the last one (states written before it existed simply end earlier): each
     * multi-Region key's id, primary Region, replica Regions and the end of its Creating or Updating state.
     */
    private static void writeMultiRegion(DataOutputStream out, KeyStore store) throws IOException {
        var keys = store.keys().values().stream().filter(k -> k.multiRegion() != null).toList();
        out.writeInt(MULTI_REGION_SECTION);
        out.writeInt(keys.size());
        for (ManagedKey k : keys) {
            out.writeUTF(k.keyId());
            out.writeUTF(k.multiRegion().primaryRegion());
            out.writeInt(k.multiRegion().replicaRegions().size());
            for (String r : k.multiRegion().replicaRegions()) {
                out.writeUTF(r);
            }
            StateIo.time(out, k.multiRegion().settlesAt());
        }
    }

    private static void readMultiRegion(DataInputStream in, KeyStore fresh) throws IOException {
        if (in.available() == 0) {
            return;
        }
        if (in.readInt() != MULTI_REGION_SECTION) {
            throw new IllegalArgumentException("unknown section in engine state");
        }
        for (int i = in.readInt(); i > 0; i--) {
            ManagedKey k = fresh.keys().get(in.readUTF());
            String primary = in.readUTF();
            java.util.List<String> replicas = new java.util.ArrayList<>();
            for (int j = in.readInt(); j > 0; j--) {
                replicas.add(in.readUTF());
            }
            java.time.Instant settles = StateIo.time(in);
            if (k == null) {
                throw new IllegalArgumentException("multi-Region section names a key the state lacks");
            }
            k.multiRegion(new MultiRegion(primary, replicas, settles));
        }
    }

    private static void writeGrant(DataOutputStream out, GrantRecord g) throws IOException {
        out.writeUTF(g.grantId());
        out.writeUTF(g.keyId());
        StateIo.str(out, g.name());
        StateIo.time(out, g.creationDate());
        out.writeUTF(g.granteePrincipal());
        StateIo.str(out, g.retiringPrincipal());
        out.writeUTF(g.issuingAccount());
        out.writeInt(g.operations().size());
        for (GrantOperation op : g.operations()) {
            out.writeUTF(op.name());
        }
        StateIo.map(out, g.contextEquals());
        StateIo.map(out, g.contextSubset());
        out.writeUTF(g.grantToken());
    }

    private static GrantRecord readGrant(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String keyId = in.readUTF();
        String name = StateIo.str(in);
        java.time.Instant created = StateIo.time(in);
        String grantee = in.readUTF();
        String retiring = StateIo.str(in);
        String issuing = in.readUTF();
        Set<GrantOperation> ops = EnumSet.noneOf(GrantOperation.class);
        for (int i = in.readInt(); i > 0; i--) {
            ops.add(GrantOperation.valueOf(in.readUTF()));
        }
        Map<String, String> equals = StateIo.map(in);
        Map<String, String> subset = StateIo.map(in);
        return new GrantRecord(id, keyId, name, created, grantee, retiring, issuing, Set.copyOf(ops), equals, subset,
                in.readUTF());
    }
}
