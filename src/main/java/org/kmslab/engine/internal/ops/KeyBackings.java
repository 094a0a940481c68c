package org.kmslab.engine.internal.ops;

import java.nio.ByteBuffer;
import java.util.function.Supplier;

import org.kmslab.engine.ExternalKeyClient;
import org.kmslab.engine.api.ConnectionState;
import org.kmslab.engine.exception.InvalidCiphertextException;
import org.kmslab.engine.exception.KMSInvalidStateException;
import org.kmslab.engine.internal.crypto.SymmetricMaterial;
import org.kmslab.engine.internal.store.CustomKeyStoreRecord;
import org.kmslab.engine.internal.store.HsmCluster;
import org.kmslab.engine.internal.store.KeyBacking;
import org.kmslab.engine.internal.store.KeyStore;
import org.kmslab.engine.internal.store.MaterialVersion;

/** The two custom key store backings: AES-GCM inside a simulated CloudHSM cluster, and KMS plus an external key. */
final class KeyBackings {

    private KeyBackings() {
    }

    /** The key's only material is in the cluster, labelled with the KMS key id; KMS asks the HSM to use it. */
    record Hsm(CustomKeyStoreRecord store, KeyStore keys, String label) implements KeyBacking {

        @Override
        public boolean connected() {
            return store.state() == ConnectionState.CONNECTED;
        }

        @Override
        public byte[] seal(MaterialVersion v, byte[] iv, byte[] plaintext, byte[] aad, Request r) {
            return material(r).seal(iv, plaintext, aad);
        }

        @Override
        public byte[] open(MaterialVersion v, byte[] iv, byte[] sealed, byte[] aad, Request r) {
            return material(r).open(iv, sealed, aad);
        }

        private SymmetricMaterial material(Request r) {
            HsmCluster cluster = keys.hsmClusters().get(store.clusterId());
            SymmetricMaterial m = cluster == null || cluster.hsms().isEmpty() ? null : cluster.key(label);
            if (m == null) {
                throw new KMSInvalidStateException(r.keyArn() + " is unavailable.");
            }
            return m;
        }
    }

    /**
     * Double encryption: KMS seals with the key's own KMS material, then the external key manager seals that result
     * with the external key, reached over HTTP through the proxy. The blob carries after its header:
     * {@code ivLength(1) ‖ iv ‖ tag(16) ‖ metadataLength(1) ‖ ciphertextMetadata ‖ ciphertext}.
     */
    record Xks(CustomKeyStoreRecord store, Supplier<ExternalKeyClient> client, String region, String externalKeyId)
            implements KeyBacking {

        private static final int TAG = 16;

        @Override
        public boolean connected() {
            return store.state() == ConnectionState.CONNECTED;
        }

        @Override
        public byte[] seal(MaterialVersion v, byte[] iv, byte[] plaintext, byte[] aad, Request r) {
            byte[] inner = ((SymmetricMaterial) v.material()).seal(iv, plaintext, aad);
            ExternalKeyClient.Sealed s;
            try {
                s = client.get().encrypt(CustomKeyStores.endpoint(store, region), externalKeyId, metadata(r), inner,
                        aad);
            } catch (ExternalKeyClient.Failure f) {
                throw XksErrors.of(f, XksErrors.During.CRYPTO);
            }
            byte[] meta = s.ciphertextMetadata() == null ? new byte[0] : s.ciphertextMetadata();
            int ivLength = s.initializationVector() == null ? 0 : s.initializationVector().length;
            if (s.ciphertext() == null || s.ciphertext().length != inner.length || (ivLength != 12 && ivLength != 16)
                    || s.authenticationTag() == null || s.authenticationTag().length != TAG || meta.length > 20) {
                throw new KMSInvalidStateException(XksErrors.CANNOT_INTERPRET);
            }
            return ByteBuffer.allocate(2 + ivLength + TAG + meta.length + inner.length).put((byte) ivLength)
                    .put(s.initializationVector()).put(s.authenticationTag()).put((byte) meta.length).put(meta)
                    .put(s.ciphertext()).array();
        }

        @Override
        public byte[] open(MaterialVersion v, byte[] iv, byte[] sealed, byte[] aad, Request r) {
            ExternalKeyClient.Sealed outer = parse(sealed);
            byte[] inner;
            try {
                inner = client.get().decrypt(CustomKeyStores.endpoint(store, region), externalKeyId, metadata(r),
                        outer, aad);
            } catch (ExternalKeyClient.Failure f) {
                throw XksErrors.of(f, XksErrors.During.CRYPTO);
            }
            if (inner == null || inner.length != outer.ciphertext().length) {
                throw new KMSInvalidStateException(XksErrors.CANNOT_INTERPRET);
            }
            return ((SymmetricMaterial) v.material()).open(iv, inner, aad);
        }

        private static ExternalKeyClient.Sealed parse(byte[] sealed) {
            if (sealed.length < 2) {
                throw new InvalidCiphertextException();
            }
            int ivLength = sealed[0] & 0xff;
            if ((ivLength != 12 && ivLength != 16) || sealed.length < 2 + ivLength + TAG + TAG) {
                throw new InvalidCiphertextException();
            }
            ByteBuffer b = ByteBuffer.wrap(sealed);
            b.get();
            byte[] outerIv = new byte[ivLength];
            byte[] tag = new byte[TAG];
            b.get(outerIv).get(tag);
            int metaLength = b.get() & 0xff;
            if (metaLength > 20 || b.remaining() < metaLength + TAG) {
                throw new InvalidCiphertextException();
            }
            byte[] meta = new byte[metaLength];
            b.get(meta);
            byte[] ciphertext = new byte[b.remaining()];
            b.get(ciphertext);
            return new ExternalKeyClient.Sealed(ciphertext, outerIv, tag, metaLength == 0 ? null : meta);
        }

        private static ExternalKeyClient.RequestMetadata metadata(Request r) {
            return new ExternalKeyClient.RequestMetadata(r.principalArn(), r.keyArn(), r.operation(), r.requestId());
        }
    }
}
