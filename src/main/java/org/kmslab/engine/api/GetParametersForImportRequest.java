package org.kmslab.engine.api;

/** AWS {@code GetParametersForImport} request. */
public record GetParametersForImportRequest(String keyId, String wrappingAlgorithm, String wrappingKeySpec) {

    public static GetParametersForImportRequest of(String keyId, AlgorithmSpec algorithm, WrappingKeySpec spec) {
        return new GetParametersForImportRequest(keyId, algorithm.wire(), spec.wire());
    }
}
