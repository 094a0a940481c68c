package org.kmslab.engine.internal.store;

import java.time.Instant;

import org.kmslab.engine.api.AlgorithmSpec;
import org.kmslab.engine.internal.crypto.ImportWrappingKey;

/** The live result of GetParametersForImport: the wrapping key pair, its algorithm and the token naming it. */
public record ImportParameters(ImportWrappingKey wrappingKey, AlgorithmSpec algorithm, String tokenId,
        Instant validTo) {

    @Override
    public String toString() {
        return "ImportParameters[" + algorithm.wire() + ", valid to " + validTo + ", token redacted]";
    }
}
