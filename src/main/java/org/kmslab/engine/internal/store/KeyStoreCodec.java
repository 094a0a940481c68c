package org.kmslab.engine.internal.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.kmslab.engine.api.ConnectionErrorCode;
import org.kmslab.engine.api.ConnectionState;
import org.kmslab.engine.api.CustomKeyStoreType;
import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.internal.crypto.MaterialCodec;
import org.kmslab.engine.internal.crypto.SymmetricMaterial;
import org.kmslab.engine.internal.crypto.StateKey;

/**
 * The custom key store section at the end of an engine state: the simulated CloudHSM clusters (their keys and the
 * kmsuser password wrapped under the {@link StateKey}), the custom key stores (the kmsuser password and the proxy's
 * SigV4 secret wrapped too), and which key lives in which store. A state written before custom key stores existed
 * simply ends before this section.
 */
final class KeyStoreCodec {

    private KeyStoreCodec() {
    }

    static void write(DataOutputStream out, KeyStore store, StateKey key) throws IOException {
        out.writeInt(store.hsmClusters().size());
        for (HsmCluster c : store.hsmClusters().values()) {
            out.writeUTF(c.clusterId());
            out.writeUTF(c.backupLineage());
            StateIo.time(out, c.createTimestamp());
            out.writeUTF(c.trustAnchorPem());
            StateIo.bytes(out, MaterialCodec.wrapSecret(key, c.kmsuserPassword(), c.clusterId()));
            out.writeInt(c.hsms().size());
            for (HsmCluster.Hsm h : c.hsms()) {
                out.writeUTF(h.hsmId());
                out.writeUTF(h.availabilityZone());
                out.writeUTF(h.eniIp());
            }
            out.writeInt(c.keyLabels().size());
            for (String label : c.keyLabels()) {
                out.writeUTF(label);
                StateIo.bytes(out, MaterialCodec.wrap(key, c.key(label), c.clusterId(), label));
            }
        }
        out.writeInt(store.customKeyStores().size());
        for (CustomKeyStoreRecord s : store.customKeyStores().values()) {
            out.writeUTF(s.id());
            out.writeUTF(s.type().name());
            StateIo.time(out, s.creationDate());
            out.writeUTF(s.name());
            StateIo.str(out, s.clusterId());
            StateIo.str(out, s.trustAnchorPem());
            StateIo.bytes(out, s.password() == null ? null : MaterialCodec.wrapSecret(key, s.password(), s.id()));
            CustomKeyStoreRecord.Xks x = s.xks();
            out.writeBoolean(x != null);
            if (x != null) {
                out.writeUTF(x.uriEndpoint());
                out.writeUTF(x.uriPath());
                out.writeUTF(x.accessKeyId());
                StateIo.bytes(out, MaterialCodec.wrapSecret(key, x.secret(), s.id() + "/xks"));
                out.writeUTF(x.connectivity());
                StateIo.str(out, x.vpcEndpointServiceName());
            }
            out.writeUTF(s.state().name());
            StateIo.str(out, s.errorCode() == null ? null : s.errorCode().name());
            StateIo.time(out, s.transitionAt());
        }
        var placed = store.keys().values().stream().filter(k -> k.customKeyStoreId() != null).toList();
        out.writeInt(placed.size());
        for (ManagedKey k : placed) {
            out.writeUTF(k.keyId());
            out.writeUTF(k.customKeyStoreId());
            StateIo.str(out, k.xksKeyId());
        }
    }

    static void read(DataInputStream in, KeyStore fresh, StateKey key) throws IOException {
        if (in.available() == 0) {
            return;
        }
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            HsmCluster c = new HsmCluster(id, in.readUTF(), StateIo.time(in), in.readUTF(),
                    MaterialCodec.unwrapSecret(key, StateIo.bytes(in), id));
            for (int h = in.readInt(); h > 0; h--) {
                c.hsms().add(new HsmCluster.Hsm(in.readUTF(), in.readUTF(), in.readUTF()));
            }
            for (int k = in.readInt(); k > 0; k--) {
                String label = in.readUTF();
                c.putKey(label, (SymmetricMaterial) MaterialCodec.unwrap(key, StateIo.bytes(in),
                        KeySpec.SYMMETRIC_DEFAULT, id, label));
            }
            fresh.hsmClusters().put(id, c);
        }
        for (int i = in.readInt(); i > 0; i--) {
            String id = in.readUTF();
            CustomKeyStoreRecord s = new CustomKeyStoreRecord(id, CustomKeyStoreType.valueOf(in.readUTF()),
                    StateIo.time(in), in.readUTF());
            String cluster = StateIo.str(in);
            String anchor = StateIo.str(in);
            byte[] password = StateIo.bytes(in);
            s.cloudHsm(cluster, anchor, password == null ? null : MaterialCodec.unwrapSecret(key, password, id));
            if (in.readBoolean()) {
                String endpoint = in.readUTF();
                String path = in.readUTF();
                String accessKeyId = in.readUTF();
                String secret = MaterialCodec.unwrapSecret(key, StateIo.bytes(in), id + "/xks");
                s.xks(new CustomKeyStoreRecord.Xks(endpoint, path, accessKeyId, secret, in.readUTF(),
                        StateIo.str(in)));
            }
            ConnectionState state = ConnectionState.valueOf(in.readUTF());
            String error = StateIo.str(in);
            s.connection(state, error == null ? null : ConnectionErrorCode.valueOf(error), StateIo.time(in));
            fresh.customKeyStores().put(id, s);
        }
        for (int i = in.readInt(); i > 0; i--) {
            ManagedKey k = fresh.keys().get(in.readUTF());
            String storeId = in.readUTF();
            String xksKeyId = StateIo.str(in);
            if (k == null) {
                throw new IOException("custom key store entry names a key that is not in the state");
            }
            k.customKeyStore(storeId, xksKeyId);
        }
    }
}
