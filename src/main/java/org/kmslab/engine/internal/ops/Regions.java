package org.kmslab.engine.internal.ops;

import org.kmslab.engine.api.KeySpec;
import org.kmslab.engine.api.KeySpecs;
import org.kmslab.engine.exception.KmsUnsupportedOperationException;

/**
 * What differs by Region: SM2 keys and data key pairs exist only in the China Regions (Beijing {@code cn-north-1},
 * Ningxia {@code cn-northwest-1}), as on AWS; elsewhere AWS answers
 * {@code UnsupportedOperationException: KeySpec SM2 is not supported in this Region}.
 * Source: https://docs.aws.amazon.com/kms/latest/developerguide/symm-asymm-choose-key-spec.html#key-spec-sm
 */
final class Regions {

    private Regions() {
    }

    static boolean isChina(String region) {
        return region.startsWith("cn-");
    }

    static void requireSpecOffered(String region, KeySpec spec) {
        requireOffered(region, spec, "KeySpec");
    }

    /** The same rule for a GenerateDataKeyPair {@code KeyPairSpec} (named like the key spec it makes). */
    static void requireOffered(String region, KeySpec spec, String member) {
        if (KeySpecs.chinaRegionsOnly(spec) && !isChina(region)) {
            throw new KmsUnsupportedOperationException(member + " " + spec.wire() + " is not supported in this Region");
        }
    }
}
