package org.kmslab.engine.internal.ops;

import java.util.Map;

import org.kmslab.engine.api.EncryptionAlgorithm;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.exception.InvalidKeyUsageException;
import org.kmslab.engine.internal.crypto.RsaOaep;
import org.kmslab.engine.internal.store.ManagedKey;

/** Algorithm-versus-key checks shared by the encryption operations. */
final class Algorithms {

    private Algorithms() {
    }

    /** Parses {@code encryptionAlgorithm}, defaulting to SYMMETRIC_DEFAULT as AWS does. */
    static EncryptionAlgorithm encryption(String wire) {
        EncryptionAlgorithm alg = EncryptionAlgorithm.fromWire("encryptionAlgorithm", wire);
        return alg == null ? EncryptionAlgorithm.SYMMETRIC_DEFAULT : alg;
    }

    /** The algorithm must be one the key supports; encryption context is for symmetric keys only. */
    static void checkEncryption(ManagedKey key, EncryptionAlgorithm alg, Map<String, String> context) {
        if (!KeySpecs.encryptionAlgorithms(key.spec(), key.usage()).contains(alg)) {
            throw new InvalidKeyUsageException("Algorithm " + alg.wire() + " is incompatible with key spec "
                    + key.spec().wire() + ".");
        }
        if (alg != EncryptionAlgorithm.SYMMETRIC_DEFAULT && context != null && !context.isEmpty()) {
            throw Validate.fail("EncryptionContext is not supported with asymmetric keys.");
        }
    }

    /** SM2PKE's plaintext limit on AWS (key spec reference, "SM2 key spec"). */
    static final int SM2PKE_MAX_PLAINTEXT = 1024;

    /** RSA-OAEP plaintext limit: k - 2*hLen - 2 bytes (SM2PKE: 1024), with AWS's message. */
    static void checkRsaSize(ManagedKey key, EncryptionAlgorithm alg, int length) {
        if (alg == EncryptionAlgorithm.SYMMETRIC_DEFAULT) {
            return;
        }
        int max = alg == EncryptionAlgorithm.SM2PKE ? SM2PKE_MAX_PLAINTEXT
                : RsaOaep.maxPlaintext(Integer.parseInt(key.spec().wire().substring(4)), alg);
        if (length > max) {
            throw Validate.fail("Algorithm " + alg.wire() + " and key spec " + key.spec().wire()
                    + " cannot encrypt data larger than " + max + " bytes.");
        }
    }
}
