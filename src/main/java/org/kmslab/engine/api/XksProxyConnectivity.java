package org.kmslab.engine.api;

/** How KMS reaches an external key store proxy (AWS {@code XksProxyConnectivityType}). */
public enum XksProxyConnectivity implements WireEnum {
    PUBLIC_ENDPOINT("PUBLIC_ENDPOINT"),
    VPC_ENDPOINT_SERVICE("VPC_ENDPOINT_SERVICE");

    private final String wire;

    XksProxyConnectivity(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }

    /**
     * Parses an AWS wire string; null stays null.
     *
     * @throws org.kmslab.engine.exception.ValidationException in AWS's enum-constraint form
     */
    public static XksProxyConnectivity fromWire(String field, String value) {
        return WireEnums.parse(values(), field, value);
    }
}
